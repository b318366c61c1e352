package org.frontdoor.web;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class HealthAndMetricsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;

    @Test
    void loadBalancersSeeHealthAndAdministratorsSeeTheDatabaseBehindIt() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        Cookie admin = SignIn.as(mvc, testUsers.create(null, Role.ADMIN), TestUsers.PASSWORD);
        mvc.perform(get("/actuator/health").cookie(admin))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
    }

    @Test
    void signInsAreCountedAndMetricsAreForAdministratorsOnly() throws Exception {
        Cookie worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        mvc.perform(get("/actuator/metrics/frontdoor.sign.in").cookie(worker)).andExpect(status().isForbidden());
        Cookie admin = SignIn.as(mvc, testUsers.create(null, Role.ADMIN), TestUsers.PASSWORD);
        mvc.perform(get("/actuator/metrics/frontdoor.sign.in").param("tag", "outcome:succeeded").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value").value(greaterThanOrEqualTo(2.0)));
        mvc.perform(get("/actuator/prometheus").cookie(admin)).andExpect(status().isOk());
    }
}
