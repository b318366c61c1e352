package org.frontdoor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.intake.api.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Referral text is whatever a referrer typed, hostile or not: it is stored exactly as typed and every page shows it
 * as text, never as markup or a template expression; security headers, CSRF and sign-in locking hold.
 */
@FrontdoorTest
class WebSecurityTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String SQL = "'; drop table person; --";
    static final String WORRIES = SCRIPT + " " + IMG + " see javascript:alert(1) {{7*7}} ${7*7} *{7*7} " + SQL;

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired TestPartners partners;
    @Autowired JdbcClient jdbc;

    @Test
    void hostileReferralTextIsStoredVerbatimAndShownOnlyAsText() throws Exception {
        String workerName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        Cookie worker = signIn(workerName);
        long contact = FormContacts.contact(mvc, worker, SCRIPT, IMG, SQL, WORRIES);
        long child = FormContacts.matchChild(mvc, jdbc, worker, contact);
        // Allocated to the worker, the child is on the first page of "Allocated to me" whatever else is queued.
        jdbc.sql("insert into allocation (contact_subject_id, allocated_to, allocated_by) select id, :w, 'test' "
                + "from contact_subject where contact_id = :c and role = 'CHILD'")
                .param("w", workerName).param("c", contact).update();

        assertThat(jdbc.sql("select worries || '|' || referrer_name from contact where id = :c").param("c", contact)
                .query(String.class).single()).isEqualTo(WORRIES + "|" + SQL);
        assertThat(jdbc.sql("select first_name || '|' || last_name from person where id = :p").param("p", child)
                .query(String.class).single()).isEqualTo(SCRIPT + "|" + IMG);

        for (String page : List.of("/contacts/" + contact, "/screening?show=mine", "/children/" + child,
                "/children/" + child + "/journey", "/children?q=" + "script")) {
            assertShownAsText(page, mvc.perform(get(page).cookie(worker)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
        }
        assertThat(jdbc.sql("select count(*) from person where id = :p").param("p", child).query(Long.class).single())
                .as("the person table survives").isEqualTo(1);
    }

    @Test
    void aPartnersHostileReferralIsShownAsTextToThePartner() throws Exception {
        TestPartners.Partner agency = partners.create(mvc);
        Cookie partner = signIn(testUsers.create(agency.agency(), Role.PARTNER));
        long contact = FormContacts.contact(mvc, partner, SCRIPT, IMG, SQL, WORRIES);
        assertThat(jdbc.sql("select worries from contact where id = :c").param("c", contact).query(String.class)
                .single()).isEqualTo(WORRIES);
        for (String page : List.of("/contacts/sent/" + contact, "/partner/referrals")) {
            String html = mvc.perform(get(page).cookie(partner)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertNoLiveMarkup(page, html);
        }
    }

    private static void assertShownAsText(String page, String html) {
        assertNoLiveMarkup(page, html);
        assertThat(html).as(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        if (page.startsWith("/contacts/")) {
            assertThat(html).as(page).contains("&#39;; drop table person; --").contains("{{7*7}}").contains("${7*7}")
                    .contains("*{7*7}");
        }
    }

    private static void assertNoLiveMarkup(String page, String html) {
        assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContainPattern("<[a-z]+[^>]*onerror")
                .doesNotContainIgnoringCase("href=\"javascript:");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
        var plain = mvc.perform(get("/sign-in")).andReturn().getResponse();
        assertThat(plain.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(plain.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(plain.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(mvc.perform(get("/sign-in").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndSavesNothing() throws Exception {
        Cookie worker = signIn(testUsers.create(null, Role.MASH_SOCIAL_WORKER));
        UUID token = UUID.randomUUID();
        mvc.perform(post("/contacts/drafts/" + token).cookie(worker).param("action", "save")
                .param("worries", "Forged")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from contact_draft where token = :t").param("t", token)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/contacts/drafts/" + token).cookie(worker).with(csrf().useInvalidToken())
                .param("action", "save")).andExpect(status().isForbidden());
    }

    @Test
    void signedInPagesWarnBeforeTheSessionTimesOutAndStayingSignedInRenewsIt() throws Exception {
        Cookie worker = signIn(testUsers.create(null, Role.MASH_SOCIAL_WORKER));
        String html = mvc.perform(get("/").cookie(worker)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-timeout=\"1800\"").contains("Stay signed in")
                .contains("src=\"/js/session-timeout.js\"");
        mvc.perform(get("/session/keep-alive").cookie(worker)).andExpect(status().isNoContent());
        assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString())
                .doesNotContain("session-timeout.js");
    }

    private Cookie signIn(String username) throws Exception {
        return SignIn.as(mvc, username, TestUsers.PASSWORD);
    }
}
