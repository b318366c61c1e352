package org.frontdoor.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The admin pages for partner systems' API keys (they live in access; tested here with the API they open). */
@FrontdoorTest
class AdminApiClientsTest {

    @Autowired MockMvc mvc;
    @Autowired TestPartners partners;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void aKeyIsShownOnceStoredOnlyAsAHashAndANewKeyRevokesTheOld() throws Exception {
        String agency = partners.newAgency();
        Cookie admin = partners.adminCookie(mvc);
        mvc.perform(get("/admin/api-clients/new").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Agency " + agency)));
        String first = partners.createKey(mvc, admin, agency);
        assertThat(first).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("select count(*) from api_client where key_hash like :k or key_prefix = :k")
                .param("k", first).query(Long.class).single()).isZero();

        String second = partners.createKey(mvc, admin, agency);
        List<Boolean> revoked = jdbc.sql("select revoked_at is not null from api_client where agency_code = :a order by id")
                .param("a", agency).query(Boolean.class).list();
        assertThat(revoked).containsExactly(true, false);

        mvc.perform(get("/admin/api-clients").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(second.substring(0, 8) + "…")))
                .andExpect(content().string(containsString(first.substring(0, 8) + "…")))
                .andExpect(content().string(not(containsString(second))))
                .andExpect(content().string(containsString("Revoked")));
        assertThat(jdbc.sql("select what from access_log where action = 'CHANGE' and what like :w order by id")
                .param("w", "%Agency " + agency + "%").query(String.class).list())
                .containsExactly("Created API key " + first.substring(0, 8) + "… for Agency " + agency
                                + " (Case system of " + agency + ")",
                        "Revoked API key " + first.substring(0, 8) + "… of Agency " + agency
                                + " (replaced by a new key)",
                        "Created API key " + second.substring(0, 8) + "… for Agency " + agency
                                + " (Case system of " + agency + ")");
    }

    @Test
    void theKeyPageIsNotCachedAndTheFormExplainsMistakes() throws Exception {
        Cookie admin = partners.adminCookie(mvc);
        mvc.perform(post("/admin/api-clients").cookie(admin).with(csrf())
                        .param("agencyCode", partners.newAgency()).param("name", "System"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(post("/admin/api-clients").cookie(admin).with(csrf()).param("agencyCode", "").param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select the agency whose system will use the key")))
                .andExpect(content().string(containsString("Enter a name for the system")));
    }

    @Test
    void revokingIsLoggedAndOnlyAdministratorsManageKeys() throws Exception {
        String agency = partners.newAgency();
        Cookie admin = partners.adminCookie(mvc);
        String key = partners.createKey(mvc, admin, agency);
        long id = jdbc.sql("select id from api_client where agency_code = :a").param("a", agency).query(Long.class)
                .single();
        Cookie manager = SignIn.as(mvc, users.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        mvc.perform(get("/admin/api-clients").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-clients/" + id + "/revoke").cookie(manager).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/api-clients/" + id + "/revoke").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from access_log where action = 'CHANGE' and what = :w")
                .param("w", "Revoked API key " + key.substring(0, 8) + "… of Agency " + agency
                        + " (Case system of " + agency + ")").query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/").cookie(admin)).andExpect(content().string(containsString("API keys")));
    }
}
