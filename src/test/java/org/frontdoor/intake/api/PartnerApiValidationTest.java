package org.frontdoor.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bad requests are refused with every problem named against the request's own field names; nothing is saved. */
@FrontdoorTest
class PartnerApiValidationTest {

    @Autowired MockMvc mvc;
    @Autowired TestPartners partners;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    TestPartners.Partner partner;

    @BeforeEach
    void partner() throws Exception {
        partner = partners.create(mvc);
    }

    @Test
    void everyProblemIsNamedAgainstItsFieldAtOnce() throws Exception {
        Map<String, Object> c = TestPartners.contact("BAD-1");
        c.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        c.put("sourceCode", "11");
        c.remove("worries");
        child(c, 1).put("dateOfBirth", LocalDate.now().plusDays(10).toString());
        Map<String, String> errors = errors(postJson(json.writeValueAsString(c)));
        assertThat(errors).containsOnlyKeys("receivedAt", "sourceCode", "worries", "children[1].dateOfBirth");
        assertThat(errors.get("receivedAt")).isEqualTo("Date and time received must be now or in the past");
        assertThat(errors.get("sourceCode")).contains("1A to 10");
        assertThat(errors.get("worries")).isEqualTo("Enter the worries in the referrer’s words");
        assertThat(errors.get("children[1].dateOfBirth")).contains("must be in the past");
        assertNothingSaved("BAD-1");
    }

    @Test
    void problemsWithAdultsNameTheAdultNotTheRulesListOfEveryone() throws Exception {
        Map<String, Object> c = TestPartners.contact("BAD-2");
        Map<String, Object> father = TestPartners.person("Unknown", " ", LocalDate.now().plusYears(1), "M");
        father.put("role", "FATHER");
        father.put("nhsNumber", "1234567890");
        adults(c).add(father);
        child(c, 0).put("nhsNumber", "943 476 5918");
        Map<String, String> errors = errors(postJson(json.writeValueAsString(c)));
        assertThat(errors).containsOnlyKeys("adults[1].lastName", "adults[1].nhsNumber", "adults[1].dateOfBirth",
                "children[0].nhsNumber");
        assertThat(errors.get("adults[1].lastName")).isEqualTo("Enter the father’s last name, or ‘Unknown’");
    }

    @Test
    void missingPiecesAreNamedOnceEach() throws Exception {
        Map<String, Object> c = TestPartners.contact(null);
        c.remove("children");
        c.remove("consent");
        c.remove("referrer");
        c.remove("fatherNotKnownReason");
        Map<String, String> errors = errors(postJson(json.writeValueAsString(c)));
        assertThat(errors).containsOnlyKeys("partnerReference", "children", "consent.status", "referrer.name",
                "fatherNotKnownReason");
    }

    @Test
    void consentThatNeedsMoreSaysWhat() throws Exception {
        Map<String, Object> c = TestPartners.contact("BAD-3");
        c.put("consent", Map.of("status", "DISPENSED_WITH"));
        Map<String, String> errors = errors(postJson(json.writeValueAsString(c)));
        assertThat(errors).containsOnlyKeys("consent.reason", "consent.authorisedBy");
        assertNothingSaved("BAD-3");
        // The partner's own manager authorises the partner's decision: a name, not a MASH user.
        c.put("consent", Map.of("status", "DISPENSED_WITH", "reason", "Could prejudice a police investigation",
                "authorisedBy", "DI Ruth Cole, safeguarding unit"));
        mvc.perform(post("/api/v1/contacts").header("Authorization", partner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(c)))
                .andExpect(status().isCreated());
    }

    @Test
    void anUnknownConsentStatusNamesTheField() throws Exception {
        Map<String, Object> c = TestPartners.contact("BAD-4");
        c.put("consent", Map.of("status", "MAYBE"));
        Map<String, String> errors = errors(postJson(json.writeValueAsString(c)));
        assertThat(errors).containsOnlyKeys("consent.status");
        assertThat(errors.get("consent.status")).isEqualTo("Must be one of GIVEN, REFUSED, NOT_SOUGHT, DISPENSED_WITH");
    }

    @Test
    void valuesOfTheWrongTypeNameTheField() throws Exception {
        Map<String, Object> c = TestPartners.contact("BAD-5");
        c.put("receivedAt", "2026-03-02T09:15:00"); // no offset
        assertThat(errors(postJson(json.writeValueAsString(c)))).containsOnlyKeys("receivedAt");

        c = TestPartners.contact("BAD-5");
        child(c, 1).put("dateOfBirth", "14/05/2016");
        assertThat(errors(postJson(json.writeValueAsString(c)))).containsOnlyKeys("children[1].dateOfBirth");

        c = TestPartners.contact("BAD-5");
        adults(c).get(0).put("role", "CHILD");
        assertThat(errors(postJson(json.writeValueAsString(c))).get("adults[0].role")).startsWith("Must be one of MOTHER");

        c = TestPartners.contact("BAD-5");
        c.put("children", Map.of("firstName", "Maya"));
        assertThat(errors(postJson(json.writeValueAsString(c)))).containsOnlyKeys("children");
        assertNothingSaved("BAD-5");
    }

    @Test
    void malformedJsonIsAProblemToo() throws Exception {
        String body = json.writeValueAsString(TestPartners.contact("BAD-6"));
        Map<String, String> errors = errors(postJson(body.replace("\"worries\":\"", "\"worries\":")));
        assertThat(errors).containsOnlyKeys("worries");
        assertThat(errors.get("worries")).startsWith("The body is not valid JSON (line 1, column ");
        errors = errors(postJson(body.replace("\"sex\":\"M\"", "\"sex\":M")));
        assertThat(errors).containsOnlyKeys("children[1].sex");
        assertThat(errors(postJson("not json"))).containsOnlyKeys((String) null);
        assertThat(errors(postJson(""))).containsEntry(null, "Send the contact as a JSON object");
        assertNothingSaved("BAD-6");
    }

    @Test
    void findingByReferenceNeedsOne() throws Exception {
        JsonNode problem = json.readTree(mvc.perform(get("/api/v1/contacts").header("Authorization", partner.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("partnerReference");
        mvc.perform(get("/api/v1/contacts/abc").header("Authorization", partner.bearer()))
                .andExpect(status().isBadRequest());
    }

    /** The errors, field to message; fails unless the answer is a 400 problem. */
    private Map<String, String> errors(String problemJson) throws Exception {
        JsonNode problem = json.readTree(problemJson);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode e : problem.get("errors")) {
            String field = e.get("field").isNull() ? null : e.get("field").asText();
            assertThat(errors).as("each field once: " + problemJson).doesNotContainKey(field);
            errors.put(field, e.get("message").asText());
        }
        return errors;
    }

    private String postJson(String body) throws Exception {
        return mvc.perform(post("/api/v1/contacts").header("Authorization", partner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
    }

    private void assertNothingSaved(String reference) {
        assertThat(jdbc.sql("select count(*) from contact where partner_agency = :a and partner_reference = :r")
                .param("a", partner.agency()).param("r", reference).query(Long.class).single()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> contact, int i) {
        return ((List<Map<String, Object>>) contact.get("children")).get(i);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> adults(Map<String, Object> contact) {
        return (List<Map<String, Object>>) contact.get("adults");
    }
}
