package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class RagRatingTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired RagTestData data;
    @Autowired WorkingCalendar calendar;

    Cookie worker;
    String workerName;
    Instant received;
    long contact;
    long child;

    @BeforeEach
    void setUp() throws Exception {
        workerName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
        received = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        contact = data.contact(received);
        child = data.child(contact, "Ada", "Ravensworth", received.plus(Duration.ofDays(1)));
    }

    record Row(String rating, String reason, Instant clockStart, Instant dueAt, Instant supersededAt) {
    }

    List<Row> ratings(long subject) {
        return jdbc.sql("""
                        select rating, reason, clock_start, due_at, superseded_at from rag_rating
                         where contact_subject_id = :s order by id""")
                .param("s", subject).query(Row.class).list();
    }

    Instant due(Rag rag) {
        return ScreeningSettings.defaults().due(rag, received, ZoneId.of("Europe/London"), calendar);
    }

    @Test
    void aRatingSetsTheScreeningClockAndARerateKeepsItsStartAndTheHistory() throws Exception {
        mvc.perform(post("/screening/subjects/" + child + "/rag").cookie(worker).with(csrf())
                        .param("rating", "RED").param("reason", "Bruising to the face, seen by the school today"))
                .andExpect(redirectedUrl("/screening/subjects/" + child + "/rate"));
        mvc.perform(post("/screening/subjects/" + child + "/rag").cookie(worker).with(csrf())
                        .param("rating", "AMBER").param("reason", "School nurse has seen Ada: older, explained marks"))
                .andExpect(redirectedUrl("/screening/subjects/" + child + "/rate"));

        List<Row> rows = ratings(child);
        assertThat(rows).extracting(Row::rating).containsExactly("RED", "AMBER");
        assertThat(rows).extracting(Row::clockStart).containsOnly(received);
        assertThat(rows.get(0).dueAt()).isEqualTo(received.plus(Duration.ofHours(4)));
        assertThat(rows.get(1).dueAt()).isEqualTo(due(Rag.AMBER));
        assertThat(rows.get(0).supersededAt()).isNotNull();
        assertThat(rows.get(1).supersededAt()).isNull();

        mvc.perform(get("/screening/subjects/" + child + "/rate").cookie(worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("School nurse has seen Ada: older, explained marks")))
                .andExpect(content().string(containsString("Bruising to the face, seen by the school today")))
                .andExpect(content().string(containsString("(replaced)")));
        // The contact page shows the current rating next to the child.
        mvc.perform(get("/contacts/" + contact).cookie(worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Amber</strong>")))
                .andExpect(content().string(containsString("Re-rate")));
        assertThat(jdbc.sql("select what from access_log where username = :u and action = 'CHANGE' order by id")
                .param("u", workerName).query(String.class).list())
                .containsExactly("RAG rated Ada Ravensworth on contact " + contact + " Red",
                        "RAG rated Ada Ravensworth on contact " + contact + " Amber (was Red)");
    }

    @Test
    void aRatingWithoutAReasonSavesNothingAndKeepsTheChoice() throws Exception {
        mvc.perform(post("/screening/subjects/" + child + "/rag").cookie(worker).with(csrf())
                        .param("rating", "GREEN").param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Screening")))
                .andExpect(content().string(containsString("Enter why you gave this rating")))
                .andExpect(content().string(containsString("value=\"GREEN\" id=\"rating-GREEN\" name=\"rating\" checked")));
        assertThat(ratings(child)).isEmpty();
    }

    @Test
    void anUnknownRatingSavesNothingAndKeepsTheReason() throws Exception {
        mvc.perform(post("/screening/subjects/" + child + "/rag").cookie(worker).with(csrf())
                        .param("rating", "PURPLE").param("reason", "Typed carefully"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RAG rating must be red, amber or green")))
                .andExpect(content().string(containsString("Typed carefully")));
        mvc.perform(post("/screening/subjects/" + child + "/rag").cookie(worker).with(csrf())
                        .param("reason", "No rating chosen"))
                .andExpect(content().string(containsString("Select a RAG rating: red, amber or green")));
        assertThat(ratings(child)).isEmpty();
    }

    @Test
    void onlyAChildsContactIsRated() throws Exception {
        long mother = data.adult(contact, "MOTHER", "Bea", "Ravensworth");
        mvc.perform(post("/screening/subjects/" + mother + "/rag").cookie(worker).with(csrf())
                        .param("rating", "RED").param("reason", "Mother's drinking"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Bea Ravensworth is named as mother on this contact. Only a child’s contact is RAG rated")));
        assertThat(ratings(mother)).isEmpty();
        mvc.perform(get("/screening/subjects/999999999/rate").cookie(worker)).andExpect(status().isNotFound());
    }

    @Test
    void aManagerAllocatesAndReallocatesKeepingWhoDidItWhen() throws Exception {
        String managerName = testUsers.create(null, Role.MASH_MANAGER);
        Cookie manager = SignIn.as(mvc, managerName, TestUsers.PASSWORD);
        String other = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        // A social worker cannot allocate.
        mvc.perform(post("/screening/subjects/" + child + "/allocation").cookie(worker).with(csrf())
                .param("worker", workerName)).andExpect(status().isForbidden());
        mvc.perform(post("/screening/subjects/" + child + "/allocation").cookie(manager).with(csrf())
                .param("worker", "nobody-at-all")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a MASH social worker or manager from the list")));
        mvc.perform(post("/screening/subjects/" + child + "/allocation").cookie(manager).with(csrf())
                .param("worker", workerName)).andExpect(redirectedUrl("/screening/subjects/" + child + "/rate"));
        mvc.perform(post("/screening/subjects/" + child + "/allocation").cookie(manager).with(csrf())
                .param("worker", other)).andExpect(redirectedUrl("/screening/subjects/" + child + "/rate"));

        assertThat(jdbc.sql("""
                        select allocated_to || ' by ' || allocated_by || (case when ended_at is null then ' now' else '' end)
                          from allocation where contact_subject_id = :s order by id""")
                .param("s", child).query(String.class).list())
                .containsExactly(workerName + " by " + managerName, other + " by " + managerName + " now");
        mvc.perform(get("/screening/subjects/" + child + "/rate").cookie(manager))
                .andExpect(content().string(containsString("Test " + other + " (by Test " + managerName)));
    }

    @Test
    void partnersCannotOpenScreening() throws Exception {
        Cookie partner = SignIn.as(mvc, testUsers.create("POLICE", Role.PARTNER), TestUsers.PASSWORD);
        mvc.perform(get("/screening").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(get("/screening/subjects/" + child + "/rate").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(post("/screening/subjects/" + child + "/rag").cookie(partner).with(csrf())
                .param("rating", "RED").param("reason", "x")).andExpect(status().isForbidden());
        assertThat(ratings(child)).isEmpty();
    }
}
