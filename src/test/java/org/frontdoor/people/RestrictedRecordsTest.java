package org.frontdoor.people;

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
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A restricted child's record opens only to those named on it; a manager may break the glass, and the owner is told. */
@FrontdoorTest
class RestrictedRecordsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    String manager;
    String named;
    String other;
    long child;
    long contact;

    @BeforeEach
    void aRestrictedChild() throws Exception {
        manager = testUsers.create(null, Role.MASH_MANAGER);
        named = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        other = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        child = jdbc.sql("""
                insert into person (first_name, last_name, date_of_birth, sex, created_by)
                values ('Rosalind', 'Staffchild', date '2017-01-09', 'F', 'test') returning id""")
                .query(Long.class).single();
        contact = jdbc.sql("""
                insert into contact (received_at, recorded_by, source_code, worries, consent, consent_reason)
                values (now() - interval '1 hour', 'test', '2A', 'Secret worries about Rosalind', 'NOT_SOUGHT',
                        'Test') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into contact_subject (contact_id, role, first_name, last_name, person_id, decision_due_at)
                values (:c, 'CHILD', 'Rosalind', 'Staffchild', :p, now() + interval '1 day')""")
                .param("c", contact).param("p", child).update();

        Cookie asManager = signIn(manager);
        // Nothing typed is lost when a name is wrong.
        mvc.perform(post("/children/" + child + "/restriction").cookie(asManager).with(csrf())
                        .param("reason", "Child of a member of staff").param("owner", manager)
                        .param("named", named + "\nno.such.user"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no user called no.such.user")))
                .andExpect(content().string(containsString("Child of a member of staff")));
        mvc.perform(post("/children/" + child + "/restriction").cookie(asManager).with(csrf())
                        .param("reason", "Child of a member of staff").param("owner", manager).param("named", named))
                .andExpect(redirectedUrl("/children/" + child));
    }

    @Test
    void aPersonSearchShowsOthersThatARestrictedRecordMatchesButNotWhatItHolds() throws Exception {
        java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> search =
                () -> get("/people/matches").param("firstName", "Rosalind").param("lastName", "Staffchild")
                        .param("dateOfBirth", "2017-01-09");
        mvc.perform(search.get().cookie(signIn(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Restricted record")))
                .andExpect(content().string(containsString("value=\"" + child + "\"")))
                .andExpect(content().string(not(containsString("Staffchild"))))
                .andExpect(content().string(not(containsString("9 January 2017"))));
        mvc.perform(search.get().cookie(signIn(named)))
                .andExpect(content().string(containsString("Rosalind Staffchild")));
    }

    @Test
    void aSecondTabSavingAStaleRestrictionIsToldWhoChangedItAndWhenAndKeepsWhatWasTyped() throws Exception {
        Cookie asManager = signIn(manager);
        String tabA = restrictionVersion(mvc.perform(get("/children/" + child + "/restriction").cookie(asManager)));
        String tabB = restrictionVersion(mvc.perform(get("/children/" + child + "/restriction").cookie(asManager)));

        mvc.perform(post("/children/" + child + "/restriction").cookie(asManager).with(csrf()).param("version", tabA)
                        .param("reason", "Tab A: high-profile family").param("owner", manager).param("named", named))
                .andExpect(redirectedUrl("/children/" + child));
        var refused = mvc.perform(post("/children/" + child + "/restriction").cookie(asManager).with(csrf())
                        .param("version", tabB).param("reason", "Tab B: child of a councillor").param("owner", manager)
                        .param("named", named))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Test " + manager + " changed this record’s restriction at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("Tab B: child of a councillor")));
        assertThat(reason()).isEqualTo("Tab A: high-profile family");

        mvc.perform(post("/children/" + child + "/restriction").cookie(asManager).with(csrf())
                        .param("version", restrictionVersion(refused)).param("reason", "Tab B: child of a councillor")
                        .param("owner", manager).param("named", named))
                .andExpect(redirectedUrl("/children/" + child));
        assertThat(reason()).isEqualTo("Tab B: child of a councillor");
    }

    private String reason() {
        return jdbc.sql("select reason from restricted_record where person_id = :p").param("p", child)
                .query(String.class).single();
    }

    private static String restrictionVersion(org.springframework.test.web.servlet.ResultActions page) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(m.find()).as("the restriction form carries the version it was loaded at").isTrue();
        return m.group(1);
    }

    @Test
    void aNamedUserOpensTheRecordAndItsPages() throws Exception {
        Cookie asNamed = signIn(named);
        mvc.perform(get("/children/" + child).cookie(asNamed)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rosalind Staffchild")));
        mvc.perform(get("/children/" + child + "/journey").cookie(asNamed)).andExpect(status().isOk());
        mvc.perform(get("/contacts/" + contact).cookie(asNamed)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Secret worries")));
    }

    @Test
    void anyoneElseLearnsOnlyThatItExistsAndWhomToAsk() throws Exception {
        Cookie asOther = signIn(other);
        String ownerName = "Test " + manager;
        for (String page : new String[] {"/children/" + child, "/children/" + child + "/journey",
                "/contacts/" + contact}) {
            mvc.perform(get(page).cookie(asOther)).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Restricted record — ask " + ownerName)))
                    .andExpect(content().string(not(containsString("Staffchild"))))
                    .andExpect(content().string(not(containsString("Secret worries"))))
                    // A worker cannot break the glass.
                    .andExpect(content().string(not(containsString("Break the glass"))));
        }
        assertThat(denied(other)).isEqualTo(3);
        // Searching by name shows that a match exists, and whom to ask, not the child's details.
        mvc.perform(get("/children").param("q", "Staffchild").cookie(asOther)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Restricted record — ask " + ownerName)))
                .andExpect(content().string(not(containsString("Rosalind"))));
        mvc.perform(get("/children").param("q", "Staffchild").cookie(signIn(named)))
                .andExpect(content().string(containsString("Rosalind Staffchild")));
        mvc.perform(post("/children/" + child + "/break-glass").cookie(asOther).with(csrf())
                .param("reason", "Curious")).andExpect(status().isForbidden());
        assertThat(breakGlassCount()).isZero();
    }

    @Test
    void aManagerBreaksTheGlassWithAReasonAndTheOwnerIsTold() throws Exception {
        String otherManager = testUsers.create(null, Role.MASH_MANAGER);
        Cookie asOtherManager = signIn(otherManager);
        mvc.perform(get("/children/" + child).cookie(asOtherManager)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Break the glass")));
        mvc.perform(post("/children/" + child + "/break-glass").cookie(asOtherManager).with(csrf())
                        .param("reason", "  "))
                .andExpect(content().string(containsString("Enter why you need to open this record now")));
        assertThat(breakGlassCount()).isZero();

        mvc.perform(post("/children/" + child + "/break-glass").cookie(asOtherManager).with(csrf())
                        .param("reason", "Police at the door, child missing tonight"))
                .andExpect(redirectedUrl("/children/" + child));
        mvc.perform(get("/children/" + child).cookie(asOtherManager)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rosalind Staffchild")));

        assertThat(breakGlassCount()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and child_id = :c and what like :w")
                .param("u", otherManager).param("c", child).param("w", "Break-glass%Police at the door%")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select body from outbox where to_address = :o and subject like :s")
                .param("o", manager).param("s", "Restricted record " + child + "%").query(String.class).list())
                .singleElement().asString().contains(otherManager, "Police at the door, child missing tonight");
    }

    private long denied(String username) {
        return jdbc.sql("select count(*) from access_log where username = :u and child_id = :c and action = 'DENIED'")
                .param("u", username).param("c", child).query(Long.class).single();
    }

    private long breakGlassCount() {
        return jdbc.sql("select count(*) from break_glass where person_id = :c").param("c", child)
                .query(Long.class).single();
    }

    private Cookie signIn(String username) throws Exception {
        return SignIn.as(mvc, username, TestUsers.PASSWORD);
    }
}
