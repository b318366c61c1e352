package org.frontdoor.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases QA audits: each child's contact (a referral is one of them), read-only. */
@Repository
public class AuditCases {

    private final JdbcClient jdbc;

    AuditCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AuditCase> find(long subjectId) {
        return jdbc.sql("""
                select cs.id as subject_id, c.id as contact_id, cs.person_id,
                       cs.first_name || ' ' || cs.last_name as child_name, c.received_at, cs.decision_due_at,
                       c.worries, c.consent, c.consent_reason, d.outcome, d.threshold_level, d.rationale,
                       d.risk_analysis, d.multi_agency_view, d.decided_by, du.display_name as decided_by_name,
                       d.decided_at, d.status as decision_status, d.overseen_by, mu.display_name as overseen_by_name,
                       d.overseen_at, d.oversight_comment, al.allocated_to, coalesce(du.team, 'No team') as team
                  from contact_subject cs
                  join contact c on c.id = cs.contact_id
                  left join decision d on d.contact_subject_id = cs.id
                  left join app_user du on du.username = d.decided_by
                  left join app_user mu on mu.username = d.overseen_by
                  left join allocation al on al.contact_subject_id = cs.id and al.ended_at is null
                 where cs.id = :s and cs.role = 'CHILD'""").param("s", subjectId).query(AuditCase.class).optional();
    }

    /** The children named on a contact, to choose one by hand. */
    public List<AuditCase> ofContact(long contactId) {
        return jdbc.sql("select id from contact_subject where contact_id = :c and role = 'CHILD' order by id")
                .param("c", contactId).query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /**
     * Whether this user worked on the case: recorded the contact, rated, was allocated, decided or oversaw it. An
     * auditor does not grade their own work.
     */
    public boolean workedOn(long subjectId, String username) {
        return jdbc.sql("""
                select exists (select 1 from contact_subject cs join contact c on c.id = cs.contact_id
                                where cs.id = :s and c.recorded_by = :u)
                    or exists (select 1 from allocation where contact_subject_id = :s and allocated_to = :u)
                    or exists (select 1 from rag_rating where contact_subject_id = :s and rated_by = :u)
                    or exists (select 1 from decision where contact_subject_id = :s
                                  and (decided_by = :u or overseen_by = :u))
                    or exists (select 1 from decision_oversight o join decision d on d.id = o.decision_id
                                where d.contact_subject_id = :s and o.manager = :u)""")
                .param("s", subjectId).param("u", username).query(Boolean.class).single();
    }

    /** Signed-off children's contacts decided in the period: the population a sample is drawn from. */
    public List<Sampler.Candidate> population(Instant from, Instant to, String outcome, String auditor) {
        return jdbc.sql("""
                select cs.id, coalesce(u.team, 'No team') as team, d.outcome
                  from decision d join contact_subject cs on cs.id = d.contact_subject_id
                  left join app_user u on u.username = d.decided_by
                 where d.status = 'SIGNED_OFF' and d.decided_at >= :from and d.decided_at < :to
                   and (cast(:outcome as text) is null or d.outcome = :outcome)
                   -- never a case the auditor worked on
                   and d.decided_by <> :u and coalesce(d.overseen_by, '') <> :u
                   and not exists (select 1 from contact c where c.id = cs.contact_id and c.recorded_by = :u)
                   and not exists (select 1 from allocation al where al.contact_subject_id = cs.id and al.allocated_to = :u)
                 order by cs.id""").param("u", auditor).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("outcome", outcome)
                .query((rs, n) -> new Sampler.Candidate(rs.getLong("id"), rs.getString("team"), rs.getString("outcome")))
                .list();
    }
}
