package org.frontdoor.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FrontdoorTest
class PartnerApiContactsTest {

    @Autowired MockMvc mvc;
    @Autowired TestPartners partners;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aContactAboutTwoSiblingsStartsAClockForEachAndIsRecordedAsThePartnersUnmatched() throws Exception {
        TestPartners.Partner police = partners.create(mvc);
        Map<String, Object> request = TestPartners.contact("REF-1");
        JsonNode body = read(send(police, request)
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.partnerReference").value("REF-1"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.childrenCount").value(2))
                .andExpect(jsonPath("$.consent").value("NOT_SOUGHT")));
        long id = body.get("id").asLong();
        assertThat(byReference(police, "REF-1")).isEqualTo(id);

        List<Map<String, Object>> subjects = jdbc.sql("""
                        select role, first_name, decision_due_at, person_id from contact_subject
                         where contact_id = :id order by id""").param("id", id).query().listOfRows();
        assertThat(subjects).extracting(s -> s.get("role")).containsExactly("CHILD", "CHILD", "MOTHER");
        assertThat(subjects.get(0).get("decision_due_at")).isNotNull();
        assertThat(subjects.get(1).get("decision_due_at")).isNotNull();
        assertThat(subjects.get(2).get("decision_due_at")).isNull();
        assertThat(subjects).allSatisfy(s -> assertThat(s.get("person_id")).isNull());

        Map<String, Object> contact = jdbc.sql("""
                        select route, partner_agency, referrer_agency, recorded_by, received_at, form_token
                          from contact where id = :id""").param("id", id).query().singleRow();
        assertThat(contact.get("route")).isEqualTo("PARTNER_API");
        assertThat(contact.get("partner_agency")).isEqualTo(police.agency());
        assertThat(contact.get("referrer_agency")).isEqualTo("Agency " + police.agency());
        assertThat(contact.get("recorded_by")).isEqualTo("api:" + police.agency());
        assertThat(contact.get("form_token")).isNull();
        Instant sent = OffsetDateTime.parse((String) request.get("receivedAt")).toInstant();
        assertThat(((Timestamp) contact.get("received_at")).toInstant()).isEqualTo(sent);
        assertThat(OffsetDateTime.parse(body.get("receivedAt").asText()).toInstant()).isEqualTo(sent);
    }

    @Test
    void theSameReferenceSentAgainReturnsTheFirstContactAndMakesNoSecond() throws Exception {
        TestPartners.Partner police = partners.create(mvc);
        Map<String, Object> first = TestPartners.contact("RETRY-1");
        String location = send(police, first).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        long id = read(mvc.perform(get(location).header("Authorization", police.bearer()))
                .andExpect(status().isOk())).get("id").asLong();
        assertThat(location).isEqualTo("/api/v1/contacts/" + id);

        send(police, first).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id))
                .andExpect(header().doesNotExist("Location"));
        // A different body with the same reference still returns the first contact: the reference decides.
        Map<String, Object> changed = TestPartners.contact(" RETRY-1 ");
        changed.put("worries", "Something else entirely");
        send(police, changed).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));

        assertThat(jdbc.sql("select count(*) from contact where partner_agency = :a and partner_reference = 'RETRY-1'")
                .param("a", police.agency()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select worries from contact where id = :id").param("id", id).query(String.class)
                .single()).startsWith("Police called");
    }

    @Test
    void anAgencyReadsItsOwnContactsOnlyAndCannotTellAnotherAgencysFromNone() throws Exception {
        TestPartners.Partner a = partners.create(mvc);
        TestPartners.Partner b = partners.create(mvc);
        long bContact = read(send(b, TestPartners.contact("B-1")).andExpect(status().isCreated())).get("id").asLong();

        mvc.perform(get("/api/v1/contacts/" + bContact).header("Authorization", b.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.partnerReference").value("B-1"))
                .andExpect(jsonPath("$.outcome").isEmpty());
        mvc.perform(get("/api/v1/contacts").param("partnerReference", "B-1").header("Authorization", b.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(bContact));

        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000000 from contact").query(Long.class).single();
        JsonNode others = read(mvc.perform(get("/api/v1/contacts/" + bContact).header("Authorization", a.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON)));
        JsonNode none = read(mvc.perform(get("/api/v1/contacts/" + missing).header("Authorization", a.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON)));
        assertThat(withoutInstance(others)).isEqualTo(withoutInstance(none));
        assertThat(others.get("status").asInt()).isEqualTo(404);
        mvc.perform(get("/api/v1/contacts").param("partnerReference", "B-1").header("Authorization", a.bearer()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("""
                        select count(*) from access_log
                         where username = :u and action = 'VIEW' and what = :what and child_id is null""")
                .param("u", "api:" + b.agency()).param("what", "API: agency " + b.agency() + " read contact " + bContact)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'DENIED'")
                .param("u", "api:" + a.agency()).query(Long.class).single()).isEqualTo(1);
    }

    private long byReference(TestPartners.Partner p, String reference) throws Exception {
        return read(mvc.perform(get("/api/v1/contacts").param("partnerReference", reference)
                .header("Authorization", p.bearer())).andExpect(status().isOk())).get("id").asLong();
    }

    private ResultActions send(TestPartners.Partner p, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/contacts").header("Authorization", p.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) problem.deepCopy()).without("instance");
    }
}
