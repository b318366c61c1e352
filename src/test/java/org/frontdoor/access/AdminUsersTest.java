package org.frontdoor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.frontdoor.SignIn;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class AdminUsersTest {

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired UserRepository users;

    @Test
    void adminAddsAPartnerWhoCanThenSignInWithTheirAgency() throws Exception {
        Cookie admin = signIn(testUsers.create(null, Role.ADMIN));
        String username = "dc.new" + System.nanoTime() % 100000;

        mvc.perform(post("/admin/users").cookie(admin).with(csrf())
                        .param("username", username).param("displayName", "DC New Officer")
                        .param("email", "new.officer@police.example").param("agencyCode", "POLICE")
                        .param("roles", "PARTNER").param("password", "a long initial password"))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(formLogin("/sign-in").user(username).password("a long initial password"))
                .andExpect(authenticated().withRoles("PARTNER"));
        assertThat(users.findByUsername(username).orElseThrow().agencyCode()).isEqualTo("POLICE");
        mvc.perform(get("/").cookie(signIn(username, "a long initial password")))
                .andExpect(content().string(containsString("DC New Officer")))
                .andExpect(content().string(containsString("Police")));
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() throws Exception {
        Cookie admin = signIn(testUsers.create(null, Role.ADMIN));
        long before = users.count();
        mvc.perform(post("/admin/users").cookie(admin).with(csrf())
                        .param("username", "x").param("displayName", " ").param("email", "not-an-email")
                        .param("roles", "PARTNER").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Username must be 3 to 40 letters")))
                .andExpect(content().string(containsString("Enter the person’s full name")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Select the agency a partner agency practitioner works for")))
                .andExpect(content().string(containsString("Password must be at least 12 characters")))
                // What was typed is kept on screen.
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("<title>Error: Add a user")));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void adminDisablesAnAccountAndItCanNoLongerSignIn() throws Exception {
        Cookie admin = signIn(testUsers.create(null, Role.ADMIN));
        String worker = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        AppUser u = users.findByUsername(worker).orElseThrow();

        mvc.perform(post("/admin/users/" + u.id()).cookie(admin).with(csrf())
                        .param("displayName", u.displayName()).param("roles", "MASH_SOCIAL_WORKER").param("_enabled", "on")
                        .param("version", String.valueOf(u.version())))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(users.findByUsername(worker).orElseThrow().enabled()).isFalse();
        mvc.perform(formLogin("/sign-in").user(worker).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aPartnerKeepsTheirAgencyAfterItIsDeactivated() throws Exception {
        Cookie admin = signIn(testUsers.create(null, Role.ADMIN));
        String code = "GONE_" + System.nanoTime() % 1_000_000;
        jdbc.sql("insert into agency (code, name) values (:c, :n)").param("c", code).param("n", "Closed service " + code)
                .update();
        AppUser u = users.findByUsername(testUsers.create(code, Role.PARTNER)).orElseThrow();
        jdbc.sql("update agency set active = false where code = :c").param("c", code).update();

        mvc.perform(get("/admin/users/" + u.id()).cookie(admin))
                .andExpect(content().string(containsString("Closed service " + code)));
        mvc.perform(post("/admin/users/" + u.id()).cookie(admin).with(csrf())
                        .param("displayName", "Renamed Partner").param("roles", "PARTNER").param("agencyCode", code)
                        .param("enabled", "true").param("version", String.valueOf(u.version())))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findByUsername(u.username()).orElseThrow().agencyCode()).isEqualTo(code);
        mvc.perform(get("/admin/users/new").cookie(admin))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Closed service " + code))));
    }

    @Test
    void aStaleEditIsRefusedWithWhoSavedAndWhenAndTheTypedChangesStayOnScreen() throws Exception {
        String firstName = testUsers.create(null, Role.ADMIN);
        Cookie first = signIn(firstName);
        Cookie second = signIn(testUsers.create(null, Role.ADMIN));
        AppUser u = users.findByUsername(testUsers.create(null, Role.MASH_SOCIAL_WORKER)).orElseThrow();
        String loadedByFirst = formVersion(mvc.perform(get("/admin/users/" + u.id()).cookie(first)));
        String loadedBySecond = formVersion(mvc.perform(get("/admin/users/" + u.id()).cookie(second)));

        mvc.perform(post("/admin/users/" + u.id()).cookie(first).with(csrf())
                        .param("displayName", "Renamed Elsewhere").param("roles", "MASH_SOCIAL_WORKER")
                        .param("enabled", "true").param("version", loadedByFirst))
                .andExpect(status().is3xxRedirection());
        var refused = mvc.perform(post("/admin/users/" + u.id()).cookie(second).with(csrf())
                        .param("displayName", "My Typed Name").param("roles", "MASH_MANAGER").param("enabled", "true")
                        .param("version", loadedBySecond))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + firstName + " changed this user at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("value=\"My Typed Name\"")));
        assertThat(users.findById(u.id()).orElseThrow().displayName()).isEqualTo("Renamed Elsewhere");

        mvc.perform(post("/admin/users/" + u.id()).cookie(second).with(csrf())
                        .param("displayName", "My Typed Name").param("roles", "MASH_MANAGER").param("enabled", "true")
                        .param("version", formVersion(refused)))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findById(u.id()).orElseThrow().displayName()).isEqualTo("My Typed Name");
    }

    private static String formVersion(org.springframework.test.web.servlet.ResultActions page) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(m.find()).as("the user form carries the version it was loaded at").isTrue();
        return m.group(1);
    }

    @Test
    void onlyAdministratorsReachUserAdministration() throws Exception {
        Cookie manager = signIn(testUsers.create(null, Role.MASH_MANAGER));
        mvc.perform(get("/admin/users").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/access-log").cookie(manager)).andExpect(status().isForbidden());
    }

    private Cookie signIn(String username) throws Exception {
        return signIn(username, TestUsers.PASSWORD);
    }

    private Cookie signIn(String username, String password) throws Exception {
        return SignIn.as(mvc, username, password);
    }
}
