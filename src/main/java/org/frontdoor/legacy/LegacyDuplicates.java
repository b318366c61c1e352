package org.frontdoor.legacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.frontdoor.people.PersonMerge;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imported people proposed as someone already in the index, strongest first. Confirming merges the imported record
 * into the one that was there first, through {@link PersonMerge}, so that both systems' history is on one record
 * (and an administrator can undo it); rejecting keeps them apart and is not asked again.
 */
@Service
public class LegacyDuplicates {

    public record Proposal(long id, long personId, String personName, LocalDate personDob, String personPostcode,
                           String personSource, long candidateId, String candidateName, LocalDate candidateDob,
                           String candidatePostcode, String candidateSource, int score, String reasons) {
    }

    private final JdbcClient jdbc;
    private final PersonMerge merge;
    private final Clock clock;
    private final ZoneId zone;

    LegacyDuplicates(JdbcClient jdbc, PersonMerge merge, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.merge = merge;
        this.clock = clock;
        this.zone = zone;
    }

    private static String source(String alias) {
        return "coalesce((select string_agg(r.source_system || ' ' || r.source_id, ', ') from legacy_record r"
                + " where r.source_type = 'PERSON' and r.target_id = " + alias + ".id), 'Recorded here')";
    }

    /**
     * The proposals still waiting for a decision whose records are both still in the index; with {@code system},
     * only those where the imported person came from it.
     */
    public List<Proposal> open(String system, int limit) {
        return jdbc.sql("""
                        select d.id, p.id as person_id, p.first_name || ' ' || p.last_name as person_name,
                               p.date_of_birth as person_dob, p.postcode as person_postcode, %s as person_source,
                               c.id as candidate_id, c.first_name || ' ' || c.last_name as candidate_name,
                               c.date_of_birth as candidate_dob, c.postcode as candidate_postcode,
                               %s as candidate_source, d.score, d.reasons
                          from legacy_duplicate d join person p on p.id = d.person_id join person c on c.id = d.candidate_id
                         where d.status = 'PROPOSED' and p.merged_into is null and c.merged_into is null
                           and (cast(:system as text) is null or exists (select 1 from legacy_record r
                                 where r.source_type = 'PERSON' and r.target_id = p.id and r.source_system = :system))
                         order by d.score desc, d.id limit :limit""".formatted(source("p"), source("c")))
                .param("system", system).param("limit", limit).query(Proposal.class).list();
    }

    /** Merges the imported record into the candidate; returns the merge's id. */
    @Transactional
    public long confirm(long id, String username) {
        Proposal p = proposal(id);
        long mergeId = merge.merge(p.candidateId(), p.personId(), "Same person in " + p.candidateSource() + " and "
                + p.personSource() + " (legacy import, match score " + p.score() + ": " + p.reasons() + ")", username);
        jdbc.sql("""
                        update legacy_duplicate set status = 'CONFIRMED', decided_by = :by, decided_at = now(),
                               merge_id = :merge where id = :id""")
                .param("by", username).param("merge", mergeId).param("id", id).update();
        return mergeId;
    }

    /** Keeps the two apart; refused, changing nothing, if the proposal was decided meanwhile (a merge stands). */
    @Transactional
    public void reject(long id, String username) {
        proposal(id);
        int updated = jdbc.sql("""
                        update legacy_duplicate set status = 'REJECTED', decided_by = :by, decided_at = now()
                         where id = :id and status = 'PROPOSED'""")
                .param("by", username).param("id", id).update();
        if (updated == 0) {
            throw new PersonMerge.Refused(decided(id).orElse("This proposal has already been decided"));
        }
    }

    /** Who decided a proposal and when, in words; empty while it is still proposed. */
    private Optional<String> decided(long id) {
        return jdbc.sql("""
                        select d.status, coalesce(u.display_name, d.decided_by) as by_name, d.decided_at, d.merge_id
                          from legacy_duplicate d left join app_user u on u.username = d.decided_by
                         where d.id = :id and d.status <> 'PROPOSED'""")
                .param("id", id).query((rs, n) -> {
                    String who = rs.getString("by_name") == null ? "Someone else" : rs.getString("by_name");
                    Timestamp at = rs.getTimestamp("decided_at");
                    String when = at == null ? "" : " at " + ChangedMeanwhile.when(at.toInstant(), zone,
                            clock.instant());
                    return rs.getString("status").equals("CONFIRMED")
                            ? who + " confirmed these two as the same person" + when + " (merge "
                            + rs.getLong("merge_id") + "). Nothing was changed: to keep them apart, undo the merge "
                            + "under Merged records"
                            : who + " already kept these two apart" + when + ". Nothing was changed";
                }).optional();
    }

    private Proposal proposal(long id) {
        jdbc.sql("select id from legacy_duplicate where id = :id for update").param("id", id).query(Long.class).optional();
        decided(id).ifPresent(message -> {
            throw new PersonMerge.Refused(message);
        });
        return jdbc.sql("""
                        select s.source_system from legacy_duplicate d
                          join legacy_record s on s.source_type = 'PERSON' and s.target_id = d.person_id
                         where d.id = :id limit 1""").param("id", id).query(String.class).optional()
                .flatMap(system -> open(system, Integer.MAX_VALUE).stream().filter(p -> p.id() == id).findFirst())
                .orElseThrow(() -> new PersonMerge.Refused("This proposal has already been decided, or one of its "
                        + "records has been merged since"));
    }
}
