package org.frontdoor.screening;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.frontdoor.intake.Consent;
import org.frontdoor.intake.ContactRecorder;
import org.frontdoor.intake.NewContact;
import org.frontdoor.intake.Route;
import org.frontdoor.intake.SubjectRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A contact about one child (on the person index) and the mother, and a decision form filled in as a worker would. */
final class DecisionTestContacts {

    record Made(long contactId, long childSubjectId, long motherSubjectId, long personId) {
    }

    private DecisionTestContacts() {
    }

    static Made contact(ContactRecorder recorder, JdbcClient jdbc, String childFirstName, String referrerEmail) {
        String last = "Decidable" + UUID.randomUUID().toString().substring(0, 8);
        NewContact c = new NewContact(Instant.now().minus(1, ChronoUnit.HOURS), Route.PHONE, "2A",
                new NewContact.Referrer("Ms Grace Head", "Kingsmere Primary", "DSL", "01632 960001", referrerEmail),
                "Child arrived with bruising " + last, null, false,
                List.of(new NewContact.Subject(SubjectRole.CHILD, childFirstName, last, LocalDate.of(2016, 3, 4), "F",
                                null, null, false, null, true),
                        new NewContact.Subject(SubjectRole.MOTHER, "Mary", last, LocalDate.of(1990, 1, 1), "F", null,
                                null, false, null, false)),
                "Mother did not name the father",
                new NewContact.ConsentRecord(Consent.GIVEN, "Mother", Instant.now().minus(2, ChronoUnit.HOURS), null,
                        null), null, null, null);
        long id = recorder.record(c, "test").contactId();
        long child = jdbc.sql("select id from contact_subject where contact_id = :c and role = 'CHILD'")
                .param("c", id).query(Long.class).single();
        long mother = jdbc.sql("select id from contact_subject where contact_id = :c and role = 'MOTHER'")
                .param("c", id).query(Long.class).single();
        long person = jdbc.sql("select person_id from contact_subject where id = :s").param("s", child)
                .query(Long.class).single();
        return new Made(id, child, mother, person);
    }

    /** A complete decision at the level of the indicator ticked, so it needs no departure reason. */
    static MockHttpServletRequestBuilder decide(Made m, String outcome, int level, String rationale,
                                                ThresholdDocuments thresholds, Cookie session) {
        return decide(m, outcome, level, level, rationale, thresholds, session);
    }

    /** A decision at {@code level} with an indicator of {@code indicatorLevel} ticked. */
    static MockHttpServletRequestBuilder decide(Made m, String outcome, int indicatorLevel, int level, String rationale,
                                                ThresholdDocuments thresholds, Cookie session) {
        ThresholdVersion v = thresholds.current();
        long indicator = v.level(indicatorLevel).orElseThrow().indicators().get(0).id();
        return post("/screening/subjects/" + m.childSubjectId() + "/decision").cookie(session).with(csrf())
                .param("outcome", outcome).param("thresholdLevel", "" + level)
                .param("thresholdVersionId", "" + v.id()).param("indicatorIds", "" + indicator)
                .param("rationale", rationale).param("riskAnalysis", "Injury unexplained; school worried")
                .param("multiAgencyView", "Police: known for DA").param("childViewsSought", "no")
                .param("childViewsReason", "Asking first would alert the alleged abuser")
                .param("parents[0].subjectId", "" + m.motherSubjectId()).param("parents[0].name", "Mary")
                .param("parents[0].sought", "yes");
    }
}
