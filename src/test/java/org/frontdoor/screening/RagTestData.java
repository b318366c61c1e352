package org.frontdoor.screening;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contacts and the children and adults they name, written straight to the database for screening tests. */
@Component
class RagTestData {

    private final JdbcClient jdbc;

    RagTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long contact(Instant receivedAt) {
        return jdbc.sql("""
                        insert into contact (received_at, recorded_by, source_code, worries, consent_reason)
                        values (:at, 'test', '2A', 'Screening test', 'Test') returning id""")
                .param("at", Timestamp.from(receivedAt)).query(Long.class).single();
    }

    long child(long contactId, String firstName, String lastName, Instant decisionDueAt) {
        return jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name, decision_due_at)
                        values (:c, 'CHILD', :f, :l, :due) returning id""")
                .param("c", contactId).param("f", firstName).param("l", lastName)
                .param("due", Timestamp.from(decisionDueAt)).query(Long.class).single();
    }

    long adult(long contactId, String role, String firstName, String lastName) {
        return jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name)
                        values (:c, :role, :f, :l) returning id""")
                .param("c", contactId).param("role", role).param("f", firstName).param("l", lastName)
                .query(Long.class).single();
    }

    void allocate(long subjectId, String worker) {
        jdbc.sql("insert into allocation (contact_subject_id, allocated_to, allocated_by) values (:s, :w, 'test')")
                .param("s", subjectId).param("w", worker).update();
    }

    void rate(long subjectId, Rag rag, Instant start, Instant due) {
        jdbc.sql("""
                        insert into rag_rating (contact_subject_id, rating, reason, clock_start, due_at, rated_by)
                        values (:s, :r, 'Test', :start, :due, 'test')""")
                .param("s", subjectId).param("r", rag.name()).param("start", Timestamp.from(start))
                .param("due", Timestamp.from(due)).update();
    }
}
