package org.frontdoor.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontdoor.intake.SubjectRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** RAG ratings of children's contacts: every rating kept, the newest current. */
@Repository
public class RagRatings {

    /** Someone a contact names, with what screening needs: the contact's received time and the decision clock. */
    public record Subject(long id, long contactId, SubjectRole role, String firstName, String lastName,
                          LocalDate dateOfBirth, Long personId, Instant receivedAt, Instant decisionDueAt) {
        public String name() {
            return firstName + " " + lastName;
        }
    }

    public record Rating(long id, long contactSubjectId, Rag rating, String reason, Instant clockStart,
                         Instant dueAt, String ratedBy, String ratedByName, Instant ratedAt, Instant supersededAt) {
    }

    private static final String RATING_COLUMNS = """
            r.id, r.contact_subject_id, r.rating, r.reason, r.clock_start, r.due_at, r.rated_by,
            coalesce(u.display_name, r.rated_by) as rated_by_name, r.rated_at, r.superseded_at
              from rag_rating r left join app_user u on u.username = r.rated_by""";

    private final JdbcClient jdbc;

    RagRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Subject> subject(long subjectId) {
        return jdbc.sql("""
                        select s.id, s.contact_id, s.role, s.first_name, s.last_name, s.date_of_birth, s.person_id,
                               c.received_at, s.decision_due_at
                          from contact_subject s join contact c on c.id = s.contact_id
                         where s.id = :id""")
                .param("id", subjectId).query(Subject.class).optional();
    }

    public Optional<Rating> current(long subjectId) {
        return jdbc.sql("select " + RATING_COLUMNS + " where r.contact_subject_id = :id and r.superseded_at is null")
                .param("id", subjectId).query(Rating.class).optional();
    }

    /** Newest first. */
    public List<Rating> history(long subjectId) {
        return jdbc.sql("select " + RATING_COLUMNS + " where r.contact_subject_id = :id order by r.rated_at desc, r.id desc")
                .param("id", subjectId).query(Rating.class).list();
    }

    /**
     * Rates a child's contact, superseding the current rating. The clock starts when the contact was received, so a
     * re-rating moves the due time but never the start. Run inside the caller's transaction.
     */
    public void rate(Subject child, Rag rating, String reason, Instant dueAt, String by) {
        // Locking the child's row makes two people re-rating at once take turns rather than both be "current".
        jdbc.sql("select id from contact_subject where id = :id for update").param("id", child.id())
                .query(Long.class).single();
        jdbc.sql("update rag_rating set superseded_at = now() where contact_subject_id = :id and superseded_at is null")
                .param("id", child.id()).update();
        jdbc.sql("""
                        insert into rag_rating (contact_subject_id, rating, reason, clock_start, due_at, rated_by)
                        values (:id, :rating, :reason, :start, :due, :by)""")
                .param("id", child.id()).param("rating", rating.name()).param("reason", reason)
                .param("start", java.sql.Timestamp.from(child.receivedAt()))
                .param("due", java.sql.Timestamp.from(dueAt)).param("by", by).update();
    }
}
