package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Closures of referrals. A closure is pending until an assessment team manager other than the requester signs it
 * off; only then is the referral closed. Every change is guarded by the version the user loaded.
 */
@Repository
public class Closures {

    /** The referral being closed, with the contact it came from. */
    public record Referral(long id, long personId, String childName, Instant referredAt, String sourceCode,
                           Long contactId) {
    }

    public record Closure(long id, long referralId, long personId, String reasonCode, LocalDate closedOn, String note,
                          String requestedBy, String requestedByName, Instant requestedAt, String signedOffBy,
                          String signedOffByName, Instant signedOffAt, int version) {
        public boolean signedOff() {
            return signedOffAt != null;
        }

        public String reasonLabel() {
            ClosureReason r = ClosureReason.parse(reasonCode);
            return r == null ? reasonCode : r.codeAndLabel();
        }
    }

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Closures(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public Optional<Referral> referral(long referralId) {
        return jdbc.sql("""
                        select r.id, r.person_id, p.first_name || ' ' || p.last_name as child_name, r.referred_at,
                               r.source_code, s.contact_id
                          from referral r join person p on p.id = r.person_id
                          left join contact_subject s on s.id = r.contact_subject_id
                         where r.id = :r""")
                .param("r", referralId).query(Referral.class).optional();
    }

    public Optional<Closure> forReferral(long referralId) {
        return find("c.referral_id = :id", referralId);
    }

    public Optional<Closure> find(long id) {
        return find("c.id = :id", id);
    }

    private Optional<Closure> find(String where, long id) {
        return jdbc.sql("""
                        select c.id, c.referral_id, c.person_id, c.reason_code, c.closed_on, c.note, c.requested_by,
                               coalesce(q.display_name, c.requested_by) as requested_by_name, c.requested_at,
                               c.signed_off_by, coalesce(m.display_name, c.signed_off_by) as signed_off_by_name,
                               c.signed_off_at, c.version
                          from closure c
                          left join app_user q on q.username = c.requested_by
                          left join app_user m on m.username = c.signed_off_by
                        """ + " where " + where)
                .param("id", id).query(Closure.class).optional();
    }

    /** What the record shows about the referral and the child, for {@link ClosureRules}. */
    public ClosureRules.Facts facts(Referral r) {
        LocalDate referred = LocalDate.ofInstant(r.referredAt(), zone);
        return jdbc.sql("""
                        select exists (select 1 from assessment a where a.person_id = :p and a.completed_on is null)
                                   as assessment_open,
                               exists (select 1 from s47_enquiry e where e.person_id = :p and e.completed_on is null)
                                   as s47_open,
                               (select max(kind) from plan where person_id = :p and ended_on is null)
                                   as open_plan_kind,
                               (select outcome from assessment where referral_id = :r and completed_on is not null)
                                   as assessment_outcome,
                               exists (select 1 from plan where person_id = :p and kind = 'CP' and started_on >= :on)
                                   as had_cp_plan,
                               exists (select 1 from plan where person_id = :p and kind = 'CIN' and started_on >= :on)
                                   as had_cin_plan,
                               exists (select 1 from s47_enquiry where person_id = :p and started_on >= :on)
                                   as had_s47,
                               exists (select 1 from early_help_episode where person_id = :p and started_on >= :on)
                                   as early_help_started""")
                .param("p", r.personId()).param("r", r.id()).param("on", referred)
                .query((rs, n) -> new ClosureRules.Facts(referred, rs.getBoolean("assessment_open"),
                        rs.getBoolean("s47_open"), rs.getString("open_plan_kind"), rs.getString("assessment_outcome"),
                        rs.getBoolean("had_cp_plan"), rs.getBoolean("had_cin_plan"), rs.getBoolean("had_s47"),
                        rs.getBoolean("early_help_started")))
                .single();
    }

    /** The first request to close the referral; empty if someone else's request got there first. */
    Optional<Long> request(Referral r, ClosureReason reason, LocalDate closedOn, String note, String by, Instant at) {
        return jdbc.sql("""
                        insert into closure (referral_id, person_id, reason_code, closed_on, note, requested_by,
                                             requested_at, updated_by, updated_at)
                        values (:r, :p, :reason, :on, :note, :by, :at, :by, :at)
                        on conflict (referral_id) do nothing returning id""")
                .param("r", r.id()).param("p", r.personId()).param("reason", reason.name()).param("on", closedOn)
                .param("note", note.strip()).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).optional();
    }

    /** A revised request of the version loaded, while still pending; false if it changed or was signed off. */
    boolean revise(long id, int version, ClosureReason reason, LocalDate closedOn, String note, String by,
                   Instant at) {
        return jdbc.sql("""
                        update closure set reason_code = :reason, closed_on = :on, note = :note, requested_by = :by,
                               requested_at = :at, updated_by = :by, updated_at = :at, version = version + 1
                         where id = :id and version = :version and signed_off_at is null""")
                .param("reason", reason.name()).param("on", closedOn).param("note", note.strip()).param("by", by)
                .param("at", Timestamp.from(at)).param("id", id).param("version", version).update() == 1;
    }

    /** Signs off the version the manager read; never the requester's own, never twice. */
    boolean signOff(long id, int version, String manager, Instant at) {
        return jdbc.sql("""
                        update closure set signed_off_by = :m, signed_off_at = :at, updated_by = :m, updated_at = :at,
                               version = version + 1
                         where id = :id and version = :version and signed_off_at is null and requested_by <> :m""")
                .param("m", manager).param("at", Timestamp.from(at)).param("id", id).param("version", version)
                .update() == 1;
    }
}
