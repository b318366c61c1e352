package org.frontdoor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class AdminAgenciesTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    Cookie admin;
    String adminName;
    Cookie worker;
    String code;
    String name;

    @BeforeEach
    void signIn() throws Exception {
        adminName = testUsers.create(null, Role.ADMIN);
        admin = SignIn.as(mvc, adminName, TestUsers.PASSWORD);
        worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        // The seed data already has YOUTH_JUSTICE, and tests share one database: each test adds its own.
        String n = System.nanoTime() % 1_000_000 + "_" + SEQ.incrementAndGet();
        code = "YOUTH_JUSTICE_" + n;
        name = "Youth justice service " + n;
    }

    @Test
    void anAddedAgencyCanBeAskedForInformationUntilItIsDeactivated() throws Exception {
        long contact = schoolContact();
        mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", code).param("name", name))
                .andExpect(redirectedUrl("/admin/agencies"));

        mvc.perform(get("/admin/agencies").cookie(admin))
                .andExpect(content().string(containsString(name + " added")))
                .andExpect(content().string(containsString(code)));
        mvc.perform(get("/screening/contacts/" + contact + "/requests").cookie(worker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")))
                .andExpect(content().string(containsString(name)));
        assertThat(logged("Added agency " + code + " (" + name + ")")).isTrue();

        mvc.perform(post("/admin/agencies/" + code + "/deactivate").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/agencies"));

        mvc.perform(get("/screening/contacts/" + contact + "/requests").cookie(worker))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/admin/users/new").cookie(admin))
                .andExpect(content().string(not(containsString(code))));
        assertThat(logged("Deactivated agency " + code + " (" + name + ")")).isTrue();

        mvc.perform(post("/admin/agencies/" + code + "/reactivate").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/agencies"));
        mvc.perform(get("/screening/contacts/" + contact + "/requests").cookie(worker))
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        assertThat(logged("Reactivated agency " + code + " (" + name + ")")).isTrue();
    }

    @Test
    void anAgencyIsRenamedAndItsCodeKept() throws Exception {
        add(code, name);
        String renamed = name + " (North)";
        mvc.perform(post("/admin/agencies/" + code).cookie(admin).with(csrf()).param("name", renamed)
                        .param("code", "SOMETHING_ELSE"))
                .andExpect(redirectedUrl("/admin/agencies"));

        assertThat(nameOf(code)).isEqualTo(renamed);
        assertThat(count("SOMETHING_ELSE")).isZero();
        assertThat(logged("Renamed agency " + code + " from " + name + " to " + renamed)).isTrue();
    }

    @Test
    void aDuplicateCodeOrNameIsRefusedAndTheTypedValuesKept() throws Exception {
        mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", "YOUTH_JUSTICE").param("name", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("An agency with the code YOUTH_JUSTICE already exists")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        assertThat(nameTakenCount(name)).isZero();

        mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", code).param("name", "police"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An agency called police already exists")))
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        assertThat(count(code)).isZero();

        add(code + "_B", name);
        mvc.perform(post("/admin/agencies/" + code + "_B").cookie(admin).with(csrf()).param("name", "Health"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An agency called Health already exists")));
        assertThat(nameOf(code + "_B")).isEqualTo(name);
    }

    @Test
    void aBadCodeOrMissingNameIsRefused() throws Exception {
        mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", "youth justice!").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Code must be 2 to 30 capital letters, numbers or underscores, like YOUTH_JUSTICE")))
                .andExpect(content().string(containsString("Enter the agency’s name")))
                .andExpect(content().string(containsString("value=\"youth justice!\"")));
        mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", "").param("name", "x".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a code for the agency")))
                .andExpect(content().string(containsString("Name must be 100 characters or fewer")));
        assertThat(jdbc.sql("select count(*) from agency where code = 'youth justice!' or length(name) > 100")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theListCountsUsersAndWorkingApiKeys() throws Exception {
        add(code, name);
        testUsers.create(code, Role.PARTNER);
        testUsers.create(code, Role.PARTNER);
        mvc.perform(post("/admin/api-clients").cookie(admin).with(csrf()).param("agencyCode", code)
                .param("name", "Case system")).andExpect(status().isOk());

        String page = mvc.perform(get("/admin/agencies").cookie(admin)).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf(">" + name + "<"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row.replaceAll("\\s+", " ")).contains(">2</td>").contains(">1</td>");
    }

    @Test
    void onlyAdministratorsManageAgencies() throws Exception {
        mvc.perform(get("/admin/agencies").cookie(worker)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/agencies").cookie(worker).with(csrf()).param("code", code).param("name", name))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/agencies/POLICE/deactivate").cookie(worker).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count(code)).isZero();
        assertThat(jdbc.sql("select active from agency where code = 'POLICE'").query(Boolean.class).single()).isTrue();
        mvc.perform(get("/admin/agencies").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/agencies\"")));
    }

    private void add(String c, String n) throws Exception {
        mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", c).param("name", n))
                .andExpect(redirectedUrl("/admin/agencies"));
    }

    private int count(String c) {
        return jdbc.sql("select count(*) from agency where code = :c").param("c", c).query(Integer.class).single();
    }

    private int nameTakenCount(String n) {
        return jdbc.sql("select count(*) from agency where name = :n").param("n", n).query(Integer.class).single();
    }

    private String nameOf(String c) {
        return jdbc.sql("select name from agency where code = :c").param("c", c).query(String.class).single();
    }

    private boolean logged(String what) {
        return jdbc.sql("select count(*) from access_log where username = :u and action = 'CHANGE' and what = :w")
                .param("u", adminName).param("w", what).query(Integer.class).single() > 0;
    }

    /** A school's contact about one child, made through the contact form as a MASH worker makes it. */
    private long schoolContact() throws Exception {
        LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        LocalDate consented = received.minusDays(1);
        String at = "people[0].";
        String location = mvc.perform(post("/contacts/drafts/" + UUID.randomUUID()).cookie(worker).with(csrf())
                        .param("action", "record")
                        .param("receivedDay", "" + received.getDayOfMonth())
                        .param("receivedMonth", "" + received.getMonthValue())
                        .param("receivedYear", "" + received.getYear()).param("receivedTime", "09:15")
                        .param("route", "PHONE").param("sourceCode", "2A").param("referrerName", "Ms Grace Head")
                        .param("referrerAgency", "Kingsmere Primary")
                        .param("worries", "Says there is no food at home " + UUID.randomUUID())
                        .param("fatherNotKnownReason", "Mother did not name the father")
                        .param("consent", "GIVEN").param("consentGivenBy", "Mother")
                        .param("consentGivenDay", "" + consented.getDayOfMonth())
                        .param("consentGivenMonth", "" + consented.getMonthValue())
                        .param("consentGivenYear", "" + consented.getYear())
                        .param(at + "role", "CHILD").param(at + "firstName", "Rowan")
                        .param(at + "lastName", "Ashdown").param(at + "dobDay", "4").param(at + "dobMonth", "3")
                        .param(at + "dobYear", "2015").param(at + "sex", "U"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the contact was recorded").matches("^/contacts/\\d+.*");
        return Long.parseLong(location.replaceAll("^/contacts/(\\d+).*$", "$1"));
    }

    @Test
    void aSecondAdministratorRenamingFromAStaleFormIsToldWhoRenamedItAndWhen() throws Exception {
        mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", code).param("name", name))
                .andExpect(redirectedUrl("/admin/agencies"));
        String otherName = testUsers.create(null, Role.ADMIN);
        Cookie other = SignIn.as(mvc, otherName, TestUsers.PASSWORD);
        String mine = renameVersion(admin);
        String theirs = renameVersion(other);

        mvc.perform(post("/admin/agencies/" + code).cookie(admin).with(csrf()).param("name", name + " north")
                        .param("version", mine))
                .andExpect(redirectedUrl("/admin/agencies"));
        String refused = mvc.perform(post("/admin/agencies/" + code).cookie(other).with(csrf())
                        .param("name", name + " south").param("version", theirs))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Test " + adminName + " changed this agency’s name (it is now "
                        + name + " north) at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("value=\"" + name + " south\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(agencyName()).isEqualTo(name + " north");

        mvc.perform(post("/admin/agencies/" + code).cookie(other).with(csrf()).param("name", name + " south")
                        .param("version", versionIn(refused)))
                .andExpect(redirectedUrl("/admin/agencies"));
        assertThat(agencyName()).isEqualTo(name + " south");
    }

    private String agencyName() {
        return jdbc.sql("select name from agency where code = :c").param("c", code).query(String.class).single();
    }

    private String renameVersion(Cookie who) throws Exception {
        return versionIn(mvc.perform(get("/admin/agencies/" + code).cookie(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static String versionIn(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("the rename form carries the version it was loaded at").isTrue();
        return m.group(1);
    }
}
