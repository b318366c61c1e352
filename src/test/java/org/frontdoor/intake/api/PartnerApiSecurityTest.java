package org.frontdoor.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FrontdoorTest
class PartnerApiSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired TestPartners partners;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void withoutAKeyTheAnswerIs401ProblemJsonNeverTheSignInPage() throws Exception {
        expect401(mvc.perform(get("/api/v1/contacts/1")))
                .andExpect(jsonPath("$.detail").value(containsString("Authorization header")));
        expect401(mvc.perform(post("/api/v1/contacts").contentType(MediaType.APPLICATION_JSON).content("{}")));
        expect401(mvc.perform(get("/api/v1/contacts/1").header("Authorization", "Basic YWRtaW46YWRtaW4=")));
        expect401(mvc.perform(get("/api/v1/contacts/1").header("Authorization", "Bearer not-a-key")))
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    }

    @Test
    void aKeyWorksUntilRevokedAndRecordsWhenItWasLastUsed() throws Exception {
        String agency = partners.newAgency();
        Cookie admin = partners.adminCookie(mvc);
        String key = partners.createKey(mvc, admin, agency);
        long id = jdbc.sql("select id from api_client where agency_code = :a").param("a", agency).query(Long.class)
                .single();
        mvc.perform(get("/api/v1/contacts").param("partnerReference", "none").header("Authorization", "Bearer " + key))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select last_used_at is not null from api_client where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();

        mvc.perform(post("/admin/api-clients/" + id + "/revoke").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        expect401(mvc.perform(get("/api/v1/contacts").param("partnerReference", "none")
                .header("Authorization", "Bearer " + key)))
                .andExpect(jsonPath("$.detail").value("The API key is not recognised, or has been revoked"));
    }

    @Test
    void aSignedInPersonsSessionOpensNothingInTheApi() throws Exception {
        Cookie admin = SignIn.as(mvc, users.create(null, Role.ADMIN), TestUsers.PASSWORD);
        Cookie partner = SignIn.as(mvc, users.create("POLICE", Role.PARTNER), TestUsers.PASSWORD);
        for (Cookie session : new Cookie[] {admin, partner}) {
            expect401(mvc.perform(get("/api/v1/contacts/1").cookie(session)));
            expect401(mvc.perform(post("/api/v1/contacts").cookie(session).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(TestPartners.contact("SESSION-1")))));
        }
        assertThat(jdbc.sql("select count(*) from contact where partner_reference = 'SESSION-1'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void anApiKeyOpensNoWebPageAndTheApiMakesNoSession() throws Exception {
        TestPartners.Partner p = partners.create(mvc);
        mvc.perform(get("/").header("Authorization", p.bearer()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/sign-in")));
        mvc.perform(get("/admin/api-clients").header("Authorization", p.bearer()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/contacts").param("partnerReference", "x").header("Authorization", p.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void theDocumentationIsPublicAndDescribesOnlyThePartnerApi() throws Exception {
        mvc.perform(get("/swagger-ui")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/swagger-ui/index.html")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
        mvc.perform(get("/swagger-ui/swagger-initializer.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/openapi")));
        mvc.perform(get("/api/openapi/swagger-config")).andExpect(status().isOk());
        String openApi = mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Front Door partner API"))
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/contacts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/contacts/{id}'].get").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(openApi).get("paths").fieldNames()).toIterable()
                .allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        // The web pages keep their strict policy.
        mvc.perform(get("/sign-in")).andExpect(header().string("Content-Security-Policy",
                startsWith("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'")));
    }

    private ResultActions expect401(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.status").value(401));
    }
}
