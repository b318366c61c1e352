package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Merging duplicate records and undoing a merge, through the pages, against PostgreSQL. */
@FrontdoorTest
class PersonMergeTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired PersonRepository people;
    @Autowired PersonMerge merges;
    @Autowired JdbcClient jdbc;

    /** A child entered twice: the kept record has the mother; the duplicate has her again, a father and a sibling. */
    private record Family(long kept, long duplicate, long mother, long father, long sibling, long contactSubject,
                          long referral) {
    }

    @Test
    void aManagerMergesADuplicateAndItsContactsReferralsAndRelationshipsMove() throws Exception {
        Family f = family("Wenceslas");
        String manager = testUsers.create(null, Role.MASH_MANAGER);
        Cookie cookie = signIn(manager);

        mvc.perform(get("/people/" + f.kept() + "/merge").cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/people/" + f.kept() + "/merge/confirm?duplicateId=" + f.duplicate())));
        mvc.perform(get("/people/" + f.kept() + "/merge/confirm").param("duplicateId", String.valueOf(f.duplicate())).cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check these are the same person")));
        String done = mvc.perform(post("/people/" + f.kept() + "/merge").cookie(cookie).with(csrf())
                        .param("duplicateId", String.valueOf(f.duplicate())).param("reason", "Same NHS letter, same school"))
                .andExpect(redirectedUrlPattern("/people/" + f.kept() + "/merge/done/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(done).cookie(cookie)).andExpect(content().string(containsString("Records merged")));

        assertThat(relationships(f)).containsExactlyInAnyOrder(
                f.kept() + " MOTHER " + f.mother(), f.kept() + " FATHER " + f.father(),
                f.sibling() + " SIBLING " + f.kept());
        assertThat(personOf("contact_subject", f.contactSubject())).isEqualTo(f.kept());
        assertThat(personOf("referral", f.referral())).isEqualTo(f.kept());
        assertThat(jdbc.sql("select merged_into from person where id = :id").param("id", f.duplicate())
                .query(Long.class).single()).isEqualTo(f.kept());
        assertThat(jdbc.sql("""
                        select count(distinct child_id) from access_log
                         where action = 'CHANGE' and username = :u and child_id in (:ids) and what like 'Merged record%'""")
                .param("u", manager).param("ids", List.of(f.kept(), f.duplicate())).query(Integer.class).single())
                .isEqualTo(2);

        // The duplicate, opened, points to the record kept instead of showing a history.
        mvc.perform(get("/children/" + f.duplicate()).cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This record was merged into")))
                .andExpect(content().string(containsString("href=\"/children/" + f.kept() + "\"")))
                .andExpect(content().string(not(containsString("Family and household"))));
    }

    @Test
    void undoPutsBackExactlyWhatTheMergeMoved() throws Exception {
        Family f = family("Hieronymus");
        List<String> before = relationships(f);
        long merge = merges.merge(f.kept(), f.duplicate(), "Looked the same", "test");
        Cookie admin = signIn(testUsers.create(null, Role.ADMIN));

        mvc.perform(get("/admin/merges").cookie(admin))
                .andExpect(content().string(containsString("/admin/merges/" + merge + "/undo")));
        mvc.perform(post("/admin/merges/" + merge + "/undo").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/merges"))
                .andExpect(flash().attribute("success", containsString("Merge " + merge + " undone")));

        assertThat(relationships(f)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(personOf("contact_subject", f.contactSubject())).isEqualTo(f.duplicate());
        assertThat(personOf("referral", f.referral())).isEqualTo(f.duplicate());
        assertThat(jdbc.sql("select merged_into from person where id = :id").param("id", f.duplicate())
                .query(Long.class).optional()).isEmpty();
        assertThat(jdbc.sql("select undone_by is not null from person_merge where id = :id").param("id", merge)
                .query(Boolean.class).single()).isTrue();
        // And it can be merged again.
        merges.merge(f.kept(), f.duplicate(), "Looked the same after all", "test");
    }

    @Test
    void anEarlierMergeCannotBeUndoneWhileALaterOneOfTheSamePeopleStands() throws Exception {
        long a = person("Aurelio", "Quenby");
        long b = person("Aurelio", "Quenby");
        long c = person("Aurelio", "Quenbie");
        long first = merges.merge(b, c, "Typo", "test");
        long second = merges.merge(a, b, "Entered twice", "test");
        Cookie admin = signIn(testUsers.create(null, Role.ADMIN));

        mvc.perform(post("/admin/merges/" + first + "/undo").cookie(admin).with(csrf()))
                .andExpect(flash().attribute("undoError", containsString("Undo merge " + second + " first")));
        assertThat(jdbc.sql("select undone_at is null from person_merge where id = :id").param("id", first)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/admin/merges").cookie(admin).flashAttr("undoError", "Undo merge " + second + " first")
                        .flashAttr("undoErrorMerge", first))
                .andExpect(content().string(containsString("There is a problem")));

        mvc.perform(post("/admin/merges/" + second + "/undo").cookie(admin).with(csrf()))
                .andExpect(flash().attributeExists("success"));
        mvc.perform(post("/admin/merges/" + first + "/undo").cookie(admin).with(csrf()))
                .andExpect(flash().attributeExists("success"));
    }

    @Test
    void onlyManagersAndAdministratorsMerge() throws Exception {
        long a = person("Philippa", "Tremayne");
        long b = person("Philipa", "Tremayne");
        Cookie worker = signIn(testUsers.create(null, Role.MASH_SOCIAL_WORKER));

        mvc.perform(get("/people/" + a + "/merge").cookie(worker)).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + a + "/merge").cookie(worker).with(csrf())
                        .param("duplicateId", String.valueOf(b)).param("reason", "Same"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/merges").cookie(signIn(testUsers.create(null, Role.MASH_MANAGER))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select merged_into from person where id = :id").param("id", b).query(Long.class).optional())
                .isEmpty();
        // The record page offers the merge to managers only.
        mvc.perform(get("/children/" + a).cookie(worker))
                .andExpect(content().string(not(containsString("Merge with another record"))));
        mvc.perform(get("/children/" + a).cookie(signIn(testUsers.create(null, Role.MASH_MANAGER))))
                .andExpect(content().string(containsString("Merge with another record")));
    }

    @Test
    void badInputIsExplainedAndNothingChanges() throws Exception {
        long a = person("Leocadia", "Fairweather");
        long b = person("Leocadia", "Fayrweather");
        long elsewhere = person("Leocadia", "Fairwether");
        long merged = person("Leocadia", "Fairweather");
        merges.merge(elsewhere, merged, "Entered twice", "test");
        long mergesBefore = jdbc.sql("select count(*) from person_merge").query(Long.class).single();
        Cookie manager = signIn(testUsers.create(null, Role.MASH_MANAGER));

        mvc.perform(post("/people/" + a + "/merge").cookie(manager).with(csrf())
                        .param("duplicateId", String.valueOf(a)).param("reason", "Same"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("a record cannot be merged with itself"), containsString("<title>Error: "))));
        mvc.perform(post("/people/" + a + "/merge").cookie(manager).with(csrf())
                        .param("duplicateId", String.valueOf(merged)).param("reason", "Same"))
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Record " + merged + " has already been merged into record " + elsewhere))));
        mvc.perform(post("/people/" + a + "/merge").cookie(manager).with(csrf())
                        .param("duplicateId", String.valueOf(b)).param("reason", "  "))
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter why you are sure these records are the same person"),
                        containsString("href=\"#reason\""))));
        mvc.perform(get("/people/" + a + "/merge/confirm").cookie(manager).param("duplicateId", "not a number"))
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Record number must be a number"))));

        assertThat(jdbc.sql("select count(*) from person_merge").query(Long.class).single()).isEqualTo(mergesBefore);
        assertThat(jdbc.sql("select count(*) from person where id in (:ids) and merged_into is not null")
                .param("ids", List.of(a, b)).query(Long.class).single()).isZero();
    }

    @Test
    void theMatchesFragmentOffersEachCandidateAsARadio() throws Exception {
        long child = person("Ignatius", "Wolstenholme");
        Cookie worker = signIn(testUsers.create(null, Role.MASH_SOCIAL_WORKER));

        mvc.perform(get("/people/matches").cookie(worker).param("firstName", "Ignatious").param("lastName", "Wolstenholm")
                        .param("dateOfBirth", "2016-07-08").param("nhsNumber", "").param("postcode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"personId\""),
                        containsString("value=\"" + child + "\""), containsString("Ignatius Wolstenholme"),
                        containsString("Match score"), containsString("8 July 2016"), not(containsString("<html")))));
        mvc.perform(get("/people/matches").cookie(worker).param("dateOfBirth", "08/07/2016"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name or NHS number")));
        mvc.perform(get("/people/matches").cookie(signIn(testUsers.create("POLICE", Role.PARTNER)))
                        .param("lastName", "Wolstenholme"))
                .andExpect(status().isForbidden());
    }

    private Family family(String first) {
        long kept = person(first, "Ravenscroft");
        long duplicate = person(first, "Ravenscroft");
        long mother = person("Griselda", "Ravenscroft");
        long father = person("Barnaby", "Ravenscroft");
        long sibling = person("Octavia", "Ravenscroft");
        relate(kept, mother, "MOTHER");
        relate(duplicate, mother, "MOTHER"); // the same again: dropped by the merge, put back by undo
        relate(duplicate, father, "FATHER");
        relate(sibling, duplicate, "SIBLING");
        relate(duplicate, kept, "SIBLING"); // would become a relationship with oneself
        long contact = jdbc.sql("""
                        insert into contact (received_at, recorded_by, source_code, worries, consent_reason)
                        values (now(), 'test', '9', 'Test worries', 'Test') returning id""")
                .query(Long.class).single();
        long subject = jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name, person_id, decision_due_at)
                        values (:c, 'CHILD', :first, 'Ravenscroft', :p, now() + interval '1 day') returning id""")
                .param("c", contact).param("first", first).param("p", duplicate).query(Long.class).single();
        long referral = jdbc.sql("""
                        insert into referral (person_id, contact_subject_id, referred_at, source_code, created_by)
                        values (:p, :s, now(), '9', 'test') returning id""")
                .param("p", duplicate).param("s", subject).query(Long.class).single();
        return new Family(kept, duplicate, mother, father, sibling, subject, referral);
    }

    /** Every relationship of anyone in the family, as "person RELATIONSHIP related" with ids. */
    private List<String> relationships(Family f) {
        return jdbc.sql("""
                        select person_id || ' ' || relationship || ' ' || related_person_id from relationship
                         where person_id in (:ids) or related_person_id in (:ids)""")
                .param("ids", List.of(f.kept(), f.duplicate(), f.mother(), f.father(), f.sibling()))
                .query(String.class).list();
    }

    private long personOf(String table, long id) {
        return jdbc.sql("select person_id from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }

    private long person(String first, String last) {
        return people.create(new NewPerson(first, last, LocalDate.of(2016, 7, 8), "U", null, null), "test");
    }

    private void relate(long person, long related, String relationship) {
        jdbc.sql("""
                        insert into relationship (person_id, related_person_id, relationship, created_by)
                        values (:p, :r, :rel, 'test')""")
                .param("p", person).param("r", related).param("rel", relationship).update();
    }

    private Cookie signIn(String username) throws Exception {
        return SignIn.as(mvc, username, TestUsers.PASSWORD);
    }
}
