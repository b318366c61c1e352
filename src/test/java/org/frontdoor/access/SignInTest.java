package org.frontdoor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.frontdoor.SignIn;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@FrontdoorTest
class SignInTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    @Test
    void rightPasswordSignsInAndLandsOnHome() throws Exception {
        String user = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        mvc.perform(formLogin("/sign-in").user(user).password(TestUsers.PASSWORD))
                .andExpect(authenticated().withRoles("MASH_SOCIAL_WORKER"))
                .andExpect(redirectedUrl("/"));
        assertThat(lastLogAction(user)).isEqualTo("SIGN_IN");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        String user = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        MvcResult wrongPassword = mvc.perform(formLogin("/sign-in").user(user).password("not it"))
                .andExpect(unauthenticated()).andReturn();
        MvcResult unknownUser = mvc.perform(formLogin("/sign-in").user("nobody-at-all").password("not it"))
                .andExpect(unauthenticated()).andReturn();
        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error")
                .isEqualTo(unknownUser.getResponse().getRedirectedUrl());
        mvc.perform(get("/sign-in?error")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Enter a correct username and password")));
        assertThat(lastLogAction(user)).isEqualTo("SIGN_IN_FAILED");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String user = testUsers.create(null, Role.MASH_MANAGER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user(user).password("wrong " + i)).andExpect(unauthenticated());
        }
        // Four slips do not lock: the right password still works, and clears the count.
        mvc.perform(formLogin("/sign-in").user(user).password(TestUsers.PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(user).password("wrong " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/sign-in").user(user).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));
        java.time.Instant lockedUntil = jdbc.sql("select locked_until from app_user where username = :u")
                .param("u", user).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(java.time.Duration.between(java.time.Instant.now(), lockedUntil))
                .isBetween(java.time.Duration.ofMinutes(14), java.time.Duration.ofMinutes(15));

        // Once the 15 minutes have passed the right password works again.
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = :u")
                .param("u", user).update();
        mvc.perform(formLogin("/sign-in").user(user).password(TestUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        String user = testUsers.create(null, Role.QA_OFFICER);
        jdbc.sql("update app_user set enabled = false where username = :u").param("u", user).update();
        mvc.perform(formLogin("/sign-in").user(user).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void userWithoutARoleSeesNoAccessPageNotAnError() throws Exception {
        String user = testUsers.create(null);
        Cookie session = SignIn.as(mvc, user, TestUsers.PASSWORD);
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/no-access"));
        mvc.perform(get("/no-access").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your account has no role")));
    }

    @Test
    void signedOutVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/children")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/sign-in"));
    }

    private String lastLogAction(String username) {
        return jdbc.sql("select action from access_log where username = :u order by id desc limit 1")
                .param("u", username).query(String.class).single();
    }
}
