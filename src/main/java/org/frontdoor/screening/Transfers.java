package org.frontdoor.screening;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hands a signed-off decision on through the one door: to the assessment team or to early help. */
@Repository
public class Transfers {

    /** One child waiting for (or accepted by) the team; wait is sign-off to acceptance, or to now if waiting. */
    public record Queued(long id, long decisionId, long contactId, long personId, String childName,
                         DecisionOutcome outcome, Long referralId, Instant signedOffAt, String acceptedBy,
                         String acceptedByName, Instant acceptedAt) {
        public boolean accepted() {
            return acceptedAt != null;
        }

        public String waited(Instant now) {
            return TransferWait.describe(Duration.between(signedOffAt, accepted() ? acceptedAt : now));
        }
    }

    private final JdbcClient jdbc;

    Transfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A referral to children's social care (s17 or s47) becomes a referral of the child, on the assessment team's
     * queue; a step down goes on early help's. Other outcomes are not handed on.
     */
    Optional<Long> handOn(Decision d, DecisionSubject child, String manager, Instant signedOffAt) {
        DecisionOutcome.Team team = d.outcome().transferTo();
        if (team == null) {
            return Optional.empty();
        }
        Long referral = null;
        if (d.outcome().isReferral()) {
            referral = jdbc.sql("""
                            insert into referral (person_id, contact_subject_id, referred_at, source_code, created_by)
                            values (:p, :s, :at, :source, :by) returning id""")
                    .param("p", child.personId()).param("s", child.id()).param("at", Timestamp.from(signedOffAt))
                    .param("source", child.sourceCode()).param("by", manager).query(Long.class).single();
        }
        return Optional.of(jdbc.sql("""
                        insert into transfer (decision_id, team, referral_id, person_id, signed_off_at)
                        values (:d, :team, :r, :p, :at) returning id""")
                .param("d", d.id()).param("team", team.name()).param("r", referral).param("p", child.personId())
                .param("at", Timestamp.from(signedOffAt)).query(Long.class).single());
    }

    /** Waiting children oldest first, then those accepted in the last 30 days. */
    public List<Queued> queue(DecisionOutcome.Team team) {
        return jdbc.sql("""
                        select t.id, t.decision_id, s.contact_id, t.person_id,
                               s.first_name || ' ' || s.last_name as child_name, d.outcome, t.referral_id,
                               t.signed_off_at, t.accepted_by, coalesce(u.display_name, t.accepted_by) as accepted_by_name,
                               t.accepted_at
                          from transfer t join decision d on d.id = t.decision_id
                          join contact_subject s on s.id = d.contact_subject_id
                          left join app_user u on u.username = t.accepted_by
                         where t.team = :team and (t.accepted_at is null or t.accepted_at > now() - interval '30 days')
                         order by t.accepted_at is not null, t.signed_off_at, t.id""")
                .param("team", team.name()).query(Queued.class).list();
    }

    public Optional<Queued> find(long id) {
        return jdbc.sql("""
                        select t.id, t.decision_id, s.contact_id, t.person_id,
                               s.first_name || ' ' || s.last_name as child_name, d.outcome, t.referral_id,
                               t.signed_off_at, t.accepted_by, coalesce(u.display_name, t.accepted_by) as accepted_by_name,
                               t.accepted_at
                          from transfer t join decision d on d.id = t.decision_id
                          join contact_subject s on s.id = d.contact_subject_id
                          left join app_user u on u.username = t.accepted_by
                         where t.id = :id""")
                .param("id", id).query(Queued.class).optional();
    }

    public Optional<Queued> forDecision(long decisionId) {
        return jdbc.sql("select id from transfer where decision_id = :d").param("d", decisionId).query(Long.class)
                .optional().flatMap(this::find);
    }

    /** Accepts a waiting child for the team; false if someone already has. */
    boolean accept(long id, DecisionOutcome.Team team, String by, Instant at) {
        return jdbc.sql("""
                        update transfer set accepted_by = :by, accepted_at = :at
                         where id = :id and team = :team and accepted_at is null""")
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).param("team", team.name())
                .update() == 1;
    }
}
