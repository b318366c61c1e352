package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.intake.ContactRecorder;
import org.frontdoor.intake.api.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A partner sees what the MASH decided about its referrals once signed off (portal and API), and only its own. */
@FrontdoorTest
class PartnerReferralsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired ThresholdDocuments thresholds;
    @Autowired TestPartners partners;

    @Test
    void theReferringAgencySeesTheOutcomeOnceAManagerSignsItOff() throws Exception {
        var made = DecisionTestContacts.contact(recorder, jdbc, "Pip", null);
        TestPartners.Partner agency = partners.create(mvc);
        jdbc.sql("update contact set partner_agency = :a, partner_reference = :r where id = :id")
                .param("a", agency.agency()).param("r", "HSG-" + made.contactId()).param("id", made.contactId())
                .update();
        Cookie housing = SignIn.as(mvc, testUsers.create(agency.agency(), Role.PARTNER), TestUsers.PASSWORD);
        String api = "/api/v1/contacts/" + made.contactId();
        mvc.perform(get(api).header("Authorization", "Bearer " + agency.key()))
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.outcome").isEmpty());
        Cookie probation = SignIn.as(mvc, testUsers.create("PROBATION", Role.PARTNER), TestUsers.PASSWORD);
        assertThat(page(housing)).contains("HSG-" + made.contactId()).contains("Being decided");

        Cookie worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        Cookie manager = SignIn.as(mvc, testUsers.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        mvc.perform(DecisionTestContacts.decide(made, "EARLY_HELP", 2, "Confidential rationale " + made.contactId(),
                thresholds, worker)).andExpect(status().is3xxRedirection());
        assertThat(page(housing)).contains("HSG-" + made.contactId()).doesNotContain("the family will be offered early help");
        long decision = jdbc.sql("select id from decision where contact_subject_id = :s")
                .param("s", made.childSubjectId()).query(Long.class).single();
        int version = jdbc.sql("select version from decision where id = :d").param("d", decision)
                .query(Integer.class).single();
        mvc.perform(post("/screening/decisions/" + decision + "/oversight").cookie(manager).with(csrf())
                .param("action", "sign-off").param("comment", "Agree").param("version", "" + version))
                .andExpect(status().is3xxRedirection());

        assertThat(page(housing)).contains("The family will be offered early help")
                .doesNotContain("Confidential rationale");
        mvc.perform(get(api).header("Authorization", "Bearer " + agency.key()))
                .andExpect(jsonPath("$.status").value("DECIDED")).andExpect(jsonPath("$.outcome").value("EARLY_HELP"));
        assertThat(page(probation)).doesNotContain("HSG-" + made.contactId());
        Cookie worker2 = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        mvc.perform(get("/partner/referrals").cookie(worker2)).andExpect(status().isForbidden());
    }

    String page(Cookie session) throws Exception {
        return mvc.perform(get("/partner/referrals").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
