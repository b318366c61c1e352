package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The threshold document as data: the seeded version, reading it, and an administrator's draft-edit-publish cycle.
 * The first test runs first because a later one publishes a new version into the shared database.
 */
@FrontdoorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThresholdAdminTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ThresholdDocuments documents;
    @Autowired ThresholdDrafts drafts;

    @Test
    @Order(1)
    void theSeededVersionOneIsInForceWithFourLevelsAcrossTheThreeDomains() {
        ThresholdVersion v1 = documents.current();
        assertThat(v1.title()).isEqualTo("Kingsmere continuum of need: version 1");
        assertThat(v1.status()).isEqualTo(ThresholdStatus.PUBLISHED);
        assertThat(v1.publishedAt()).isEqualTo(LocalDateTime.of(2026, 4, 1, 0, 0)
                .atZone(ZoneId.of("Europe/London")).toInstant());
        assertThat(documents.summary(v1.id()).orElseThrow().publishedBy()).isEqualTo("system");
        assertThat(v1.levels()).extracting(ThresholdLevel::level, ThresholdLevel::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Universal"),
                org.assertj.core.groups.Tuple.tuple(2, "Early help (additional needs)"),
                org.assertj.core.groups.Tuple.tuple(3, "Complex needs / child in need (s17)"),
                org.assertj.core.groups.Tuple.tuple(4, "Acute / child protection (s47)"));
        for (ThresholdLevel level : v1.levels()) {
            assertThat(level.indicators()).hasSizeBetween(8, 12);
            for (ThresholdDomain domain : ThresholdDomain.values()) {
                assertThat(level.indicatorsIn(domain)).as(level.label() + " " + domain).isNotEmpty();
            }
        }
        assertThat(v1.level(4).orElseThrow().indicators()).extracting(ThresholdIndicator::text)
                .contains("Disclosure of physical or sexual abuse", "Child under 1 with an unexplained injury",
                        "Domestic abuse with a child present and high risk (MARAC)");
        assertThat(v1.level(1).orElseThrow().indicators()).extracting(ThresholdIndicator::text)
                .contains("Needs met by universal services");
    }

    @Test
    @Order(2)
    void everyRoleReadsTheDocumentAndOnlyAdministratorsManageIt() throws Exception {
        Cookie partner = SignIn.as(mvc, users.create("POLICE", Role.PARTNER), TestUsers.PASSWORD);
        mvc.perform(get("/threshold").cookie(partner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Threshold document: continuum of need")))
                .andExpect(content().string(containsString("Level 4: Acute / child protection (s47)")))
                .andExpect(content().string(containsString("Parenting capacity")))
                .andExpect(content().string(containsString("Child under 1 with an unexplained injury")))
                .andExpect(content().string(containsString("href=\"/threshold\"")))
                .andExpect(content().string(not(containsString("Manage versions"))));
        String form = mvc.perform(get("/contacts/new").cookie(partner)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(form).cookie(partner))
                .andExpect(content().string(containsString("Read the threshold document (opens in new tab)")));

        Cookie leader = SignIn.as(mvc, users.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        mvc.perform(get("/threshold").cookie(leader)).andExpect(status().isOk());

        Cookie manager = SignIn.as(mvc, users.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        mvc.perform(get("/admin/threshold").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/threshold").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/threshold/drafts").cookie(manager).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from threshold_version where status = 'DRAFT'").query(Long.class).single())
                .isZero();
    }

    @Test
    @Order(3)
    void anAdministratorDraftsEditsAndPublishesANewVersionAndTheOldOneIsRetiredButReadable() throws Exception {
        String adminName = users.create(null, Role.ADMIN);
        Cookie admin = SignIn.as(mvc, adminName, TestUsers.PASSWORD);
        ThresholdVersion before = documents.current();

        String draftUrl = mvc.perform(post("/admin/threshold/drafts").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long draftId = Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));
        ThresholdVersion draft = documents.find(draftId).orElseThrow();
        assertThat(draft.status()).isEqualTo(ThresholdStatus.DRAFT);
        assertThat(draft.levels()).hasSize(4);
        assertThat(texts(draft)).isEqualTo(texts(before));
        // One draft at a time: asking again opens the same one.
        mvc.perform(post("/admin/threshold/drafts").cookie(admin).with(csrf())).andExpect(redirectedUrl(draftUrl));
        mvc.perform(get(draftUrl).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish this version")));

        // Bad input: every problem said, nothing typed lost, nothing saved.
        String tooLong = "Long indicator " + "x".repeat(490);
        mvc.perform(post(draftUrl + "/indicators").cookie(admin).with(csrf())
                        .param("level", "7").param("domain", "SCHOOL").param("text", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select the level of need, 1 to 4")))
                .andExpect(content().string(containsString("Select the domain")))
                .andExpect(content().string(containsString("Indicator must be 500 characters or fewer (it has 505)")))
                .andExpect(content().string(containsString(tooLong)));
        mvc.perform(post(draftUrl + "/indicators").cookie(admin).with(csrf())
                        .param("level", "2").param("domain", "PARENTING_CAPACITY").param("text", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the indicator")))
                .andExpect(content().string(containsString("id=\"domain-PARENTING_CAPACITY\" name=\"domain\" checked=\"checked\"")));
        assertThat(texts(documents.find(draftId).orElseThrow())).isEqualTo(texts(before));

        String added = "Test indicator " + System.nanoTime();
        mvc.perform(post(draftUrl + "/indicators").cookie(admin).with(csrf())
                        .param("level", "2").param("domain", "FAMILY_ENVIRONMENT").param("text", added))
                .andExpect(redirectedUrl(draftUrl));
        long addedId = indicatorId(draftId, added);
        mvc.perform(get(draftUrl + "/indicators/" + addedId).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(added)));
        mvc.perform(post(draftUrl + "/indicators/" + addedId).cookie(admin).with(csrf())
                        .param("level", "3").param("domain", "PARENTING_CAPACITY").param("text", added + " (revised)"))
                .andExpect(redirectedUrl(draftUrl));
        String removed = "Removed indicator " + System.nanoTime();
        mvc.perform(post(draftUrl + "/indicators").cookie(admin).with(csrf())
                .param("level", "1").param("domain", "CHILD_DEVELOPMENT").param("text", removed));
        mvc.perform(post(draftUrl + "/indicators/" + indicatorId(draftId, removed) + "/remove").cookie(admin)
                .with(csrf())).andExpect(redirectedUrl(draftUrl));
        mvc.perform(post(draftUrl + "/levels/2").cookie(admin).with(csrf()).param("description", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a description")));

        // Until published, everyone still reads the version in force.
        assertThat(documents.current().id()).isEqualTo(before.id());
        mvc.perform(get(draftUrl + "/publish").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("is retired")));
        mvc.perform(post(draftUrl + "/publish").cookie(admin).with(csrf()).param("notes", "Added a test indicator"))
                .andExpect(redirectedUrl("/admin/threshold"));

        ThresholdVersion now = documents.current();
        assertThat(now.id()).isEqualTo(draftId);
        assertThat(now.level(3).orElseThrow().indicatorsIn(ThresholdDomain.PARENTING_CAPACITY))
                .extracting(ThresholdIndicator::text).contains(added + " (revised)");
        assertThat(now.levels().stream().flatMap(l -> l.indicators().stream()).map(ThresholdIndicator::text))
                .doesNotContain(added, removed);
        ThresholdVersionSummary published = documents.summary(draftId).orElseThrow();
        assertThat(published.publishedBy()).isEqualTo(adminName);
        assertThat(published.notes()).isEqualTo("Added a test indicator");

        ThresholdVersion old = documents.find(before.id()).orElseThrow();
        assertThat(old.status()).isEqualTo(ThresholdStatus.RETIRED);
        assertThat(texts(old)).isEqualTo(texts(before));
        assertThat(documents.summary(before.id()).orElseThrow().retiredBy()).isEqualTo(adminName);
        mvc.perform(get("/admin/threshold").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Retired")))
                .andExpect(content().string(containsString("Added a test indicator")));

        List<String> logged = jdbc.sql("select what from access_log where username = :u and action = 'CHANGE' order by id")
                .param("u", adminName).query(String.class).list();
        int n = published.number();
        assertThat(logged).containsExactly(
                "Created draft version " + n + " of the threshold document from the published version",
                "Threshold document version " + n + ": added a level 2 indicator: " + added,
                "Threshold document version " + n + ": changed a level 2 indicator from: " + added
                        + " to level 3: " + added + " (revised)",
                "Threshold document version " + n + ": added a level 1 indicator: " + removed,
                "Threshold document version " + n + ": removed a level 1 indicator: " + removed,
                "Threshold document version " + n + ": published it; the previous version is retired");
    }

    @Test
    @Order(4)
    void aPublishedOrRetiredVersionCannotBeChangedThroughTheServiceOrInTheDatabase() throws Exception {
        Cookie admin = SignIn.as(mvc, users.create(null, Role.ADMIN), TestUsers.PASSWORD);
        ThresholdVersion current = documents.current();
        long firstId = jdbc.sql("select id from threshold_version where number = 1").query(Long.class).single();
        ThresholdIndicator someIndicator = current.level(4).orElseThrow().indicators().get(0);

        mvc.perform(post("/admin/threshold/" + current.id() + "/indicators").cookie(admin).with(csrf())
                        .param("level", "2").param("domain", "FAMILY_ENVIRONMENT").param("text", "Sneaked in"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is published and cannot be changed")));
        mvc.perform(post("/admin/threshold/" + current.id() + "/indicators/" + someIndicator.id() + "/remove")
                .cookie(admin).with(csrf())).andExpect(status().isConflict());
        mvc.perform(get("/admin/threshold/" + current.id() + "/levels/1").cookie(admin))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/threshold/" + current.id() + "/publish").cookie(admin).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/admin/threshold/" + current.id()).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be changed")))
                .andExpect(content().string(not(containsString("Add an indicator"))));
        assertThatThrownBy(() -> drafts.addIndicator(current.id(), 1, ThresholdDomain.CHILD_DEVELOPMENT, "x"))
                .isInstanceOf(ThresholdVersionLocked.class);
        assertThat(documents.find(current.id()).orElseThrow()).isEqualTo(current);

        // The database refuses too, whoever asks.
        for (String sql : List.of(
                "update threshold_indicator set text = 'changed' where version_id = " + current.id(),
                "delete from threshold_indicator where version_id = " + firstId,
                "update threshold_level set description = 'changed' where version_id = " + firstId,
                "insert into threshold_level (version_id, level, name, description) values (" + current.id()
                        + ", 1, 'Extra', 'Extra')",
                "update threshold_version set title = 'changed' where id = " + firstId,
                "update threshold_version set status = 'DRAFT', published_at = null, published_by = null where id = "
                        + current.id(),
                "delete from threshold_version where id = " + firstId)) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("cannot be");
        }
        assertThatThrownBy(() -> jdbc.sql("truncate threshold_indicator").update())
                .isInstanceOf(DataAccessException.class);
        // Exactly one version in force.
        assertThatThrownBy(() -> jdbc.sql("""
                insert into threshold_version (number, title, status, created_by, published_at, published_by)
                values (9999, 'Rival', 'PUBLISHED', 'test', now(), 'test')""").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(documents.find(current.id()).orElseThrow()).isEqualTo(current);
    }

    private long indicatorId(long versionId, String text) {
        return jdbc.sql("select id from threshold_indicator where version_id = :v and text = :t")
                .param("v", versionId).param("t", text).query(Long.class).single();
    }

    private static List<String> texts(ThresholdVersion v) {
        return v.levels().stream().flatMap(l -> l.indicators().stream()
                .map(i -> l.level() + " " + i.domain() + " " + i.text())).toList();
    }
}
