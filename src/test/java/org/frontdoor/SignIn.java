package org.frontdoor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in through the real form and returns the session cookie. Sessions live in PostgreSQL (Spring Session), so
 * a test carries the cookie as a browser would, rather than MockMvc's in-memory session.
 */
public final class SignIn {

    private SignIn() {
    }

    public static Cookie as(MockMvc mvc, String username, String password) throws Exception {
        Cookie cookie = mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andReturn().getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("signing in as " + username + " gave no session");
        }
        return cookie;
    }
}
