package org.frontdoor.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Police notifications (seed 004: domestic abuse notifications arrive in volume) whose children have no decision
 * yet, not even one awaiting oversight: those are what a worker may triage in bulk.
 */
@Repository
class BulkTriageQueue {

    /** A contact from the police (alias {@code c}): source 6, or the police system's own notifications. */
    static final String POLICE = "(c.source_code = '6' or (c.route = 'PARTNER_API' and c.partner_agency = 'POLICE'))";
    private static final String UNDECIDED = "s.role = 'CHILD' and not exists "
            + "(select 1 from decision d where d.contact_subject_id = s.id)";
    static final int WORRIES_SHOWN = 200;

    public record Row(long subjectId, long contactId, String firstName, String lastName, LocalDate dateOfBirth,
                      Long personId, Instant receivedAt, Instant decisionDueAt, Rag rating, String worries) {
        public String name() {
            return firstName + " " + lastName;
        }

        public boolean matched() {
            return personId != null;
        }

        /** The first 200 characters of the worries, enough to tell a standard-risk notification at a glance. */
        public String worriesShown() {
            return worries.length() > WORRIES_SHOWN ? worries.substring(0, WORRIES_SHOWN).stripTrailing() + "…"
                    : worries;
        }
    }

    private final JdbcClient jdbc;

    BulkTriageQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first: notifications are triaged in the order they arrived. */
    List<Row> page(int limit, int offset) {
        return jdbc.sql("""
                        select s.id as subject_id, s.contact_id, s.first_name, s.last_name, s.date_of_birth,
                               s.person_id, c.received_at, s.decision_due_at, r.rating,
                               left(c.worries, %d) as worries
                          from contact_subject s
                          join contact c on c.id = s.contact_id
                          left join rag_rating r on r.contact_subject_id = s.id and r.superseded_at is null
                         where %s and %s
                         order by c.received_at, s.id
                         limit :limit offset :offset""".formatted(WORRIES_SHOWN + 1, UNDECIDED, POLICE))
                .param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    long count() {
        return jdbc.sql("""
                        select count(*) from contact_subject s join contact c on c.id = s.contact_id
                         where %s and %s""".formatted(UNDECIDED, POLICE))
                .query(Long.class).single();
    }

    /** Of these ids, the children's contacts from the police (decided or not); anything else is left out. */
    List<DecisionSubject> policeChildren(List<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.id, s.contact_id, s.first_name, s.last_name, s.date_of_birth, s.person_id,
                               s.decision_due_at, c.received_at, c.source_code, c.referrer_email, c.partner_agency
                          from contact_subject s join contact c on c.id = s.contact_id
                         where s.id in (:ids) and s.role = 'CHILD' and %s
                         order by c.received_at, s.id""".formatted(POLICE))
                .param("ids", subjectIds).query(DecisionSubject.class).list();
    }
}
