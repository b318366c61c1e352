package org.frontdoor.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.people.FamilyMember;
import org.frontdoor.people.PersonRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early help episodes: family-level work that starts from a MASH step down or an assessment ending in early help.
 * Every change is guarded by the version the practitioner loaded, so a stale page changes nothing.
 */
@Service
public class EarlyHelpEpisodes {

    private static final String SELECT = """
            select e.id, e.person_id, p.first_name || ' ' || p.last_name as child_name, e.lead_practitioner,
                   coalesce(u.display_name, e.lead_practitioner) as lead_name, e.started_on, e.transfer_id,
                   s.contact_id, t.decision_id, e.stepped_down_from, e.assessment_on, e.assessment_summary, e.outcome,
                   e.ended_on, e.stepped_up_contact, e.version
              from early_help_episode e
              join person p on p.id = e.person_id
              left join app_user u on u.username = e.lead_practitioner
              left join transfer t on t.id = e.transfer_id
              left join decision d on d.id = t.decision_id
              left join contact_subject s on s.id = d.contact_subject_id
            """;

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final AccessLog accessLog;

    EarlyHelpEpisodes(JdbcClient jdbc, PersonRepository people, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.people = people;
        this.accessLog = accessLog;
    }

    /**
     * Starts the episode for a MASH step down handed to early help; calling it again for the same transfer returns
     * the episode already started.
     */
    @Transactional
    public long startFromTransfer(long transferId, String leadPractitioner, LocalDate startedOn) {
        long personId = jdbc.sql("select person_id from transfer where id = :t and team = 'EARLY_HELP'")
                .param("t", transferId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Transfer " + transferId + " is not to early help"));
        Optional<Long> inserted = jdbc.sql("""
                        insert into early_help_episode (person_id, lead_practitioner, started_on, transfer_id, created_by)
                        values (:p, :lead, :on, :t, :lead)
                        on conflict (transfer_id) do nothing returning id""")
                .param("p", personId).param("lead", leadPractitioner).param("on", startedOn).param("t", transferId)
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            return jdbc.sql("select id from early_help_episode where transfer_id = :t").param("t", transferId)
                    .query(Long.class).single();
        }
        return started(inserted.get(), personId, "from MASH step down (transfer " + transferId + ")");
    }

    /** Starts the episode for an assessment that ended in early help; again for the same assessment, the same one. */
    @Transactional
    public long stepDown(long assessmentId, String leadPractitioner, LocalDate startedOn) {
        long personId = jdbc.sql("select person_id from assessment where id = :a").param("a", assessmentId)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
        // Serialise concurrent calls for one assessment: the table has no unique key on stepped_down_from.
        jdbc.sql("select id from assessment where id = :a for update").param("a", assessmentId).query(Long.class)
                .single();
        Optional<Long> earlier = jdbc.sql("select id from early_help_episode where stepped_down_from = :a")
                .param("a", assessmentId).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long id = jdbc.sql("""
                        insert into early_help_episode (person_id, lead_practitioner, started_on, stepped_down_from,
                                                        created_by)
                        values (:p, :lead, :on, :a, :lead) returning id""")
                .param("p", personId).param("lead", leadPractitioner).param("on", startedOn).param("a", assessmentId)
                .query(Long.class).single();
        return started(id, personId, "stepped down from assessment " + assessmentId);
    }

    /** The family is the child and everyone linked to the child who lives with them. */
    private long started(long id, long childId, String from) {
        addMember(id, childId);
        for (FamilyMember m : people.family(childId)) {
            if (m.livesWith()) {
                addMember(id, m.personId());
            }
        }
        accessLog.record(AccessLog.Action.CHANGE, "Started early help episode " + id + " " + from, childId);
        return id;
    }

    private void addMember(long episodeId, long personId) {
        jdbc.sql("insert into early_help_member (episode_id, person_id) values (:e, :p) on conflict do nothing")
                .param("e", episodeId).param("p", personId).update();
    }

    public Optional<EarlyHelpEpisode> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EarlyHelpEpisode.class).optional();
    }

    private static final String OPEN = " where e.ended_on is null and (cast(:lead as text) is null or e.lead_practitioner = :lead)";

    /** A page of open episodes, oldest first: one practitioner's, or the whole team's when {@code lead} is null. */
    public List<EarlyHelpEpisode> open(String lead, int limit, int offset) {
        return jdbc.sql(SELECT + OPEN + " order by e.started_on, e.id limit :limit offset :offset")
                .param("lead", lead).param("limit", limit).param("offset", offset)
                .query(EarlyHelpEpisode.class).list();
    }

    public long countOpen(String lead) {
        return jdbc.sql("select count(*) from early_help_episode e" + OPEN).param("lead", lead).query(Long.class)
                .single();
    }

    /** The practitioner takes the lead of an episode no one leads yet; false if someone already has. */
    @Transactional
    public boolean takeLead(long id, String practitioner) {
        boolean taken = jdbc.sql("""
                        update early_help_episode set lead_practitioner = :me, updated_by = :me, updated_at = now(),
                               version = version + 1
                         where id = :id and lead_practitioner = :none and ended_on is null""")
                .param("me", practitioner).param("id", id).param("none", CaseworkHandOn.UNALLOCATED).update() == 1;
        if (taken) {
            accessLog.record(AccessLog.Action.CHANGE, "Took the lead of early help episode " + id,
                    find(id).orElseThrow().personId());
        }
        return taken;
    }

    /** The child first, then the family, each with how they are related to the child. */
    public List<EarlyHelpEpisode.Member> members(long id) {
        return jdbc.sql("""
                        select m.person_id, p.first_name || ' ' || p.last_name as name, p.date_of_birth,
                               case when m.person_id = e.person_id then 'CHILD' else coalesce(
                                   (select r.relationship from relationship r where r.person_id = e.person_id
                                       and r.related_person_id = m.person_id order by r.id limit 1),
                                   (select 'SIBLING' from relationship r where r.related_person_id = e.person_id
                                       and r.person_id = m.person_id and r.relationship = 'SIBLING' limit 1),
                                   'OTHER') end as relationship
                          from early_help_member m join early_help_episode e on e.id = m.episode_id
                          join person p on p.id = m.person_id
                         where m.episode_id = :id
                         order by m.person_id = e.person_id desc, p.date_of_birth nulls last, p.id""")
                .param("id", id).query(EarlyHelpEpisode.Member.class).list();
    }

    public List<EarlyHelpEpisode.Review> reviews(long id) {
        return jdbc.sql("""
                        select r.id, r.held_on, r.note, r.next_on, coalesce(u.display_name, r.created_by) as by_name
                          from early_help_review r left join app_user u on u.username = r.created_by
                         where r.episode_id = :id order by r.held_on, r.id""")
                .param("id", id).query(EarlyHelpEpisode.Review.class).list();
    }

    /** The early help assessment of the version loaded; false if the episode changed or ended meanwhile. */
    boolean recordAssessment(long id, int version, LocalDate on, String summary, String by) {
        return jdbc.sql("""
                        update early_help_episode set assessment_on = :on, assessment_summary = :summary,
                               updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :version and ended_on is null""")
                .param("on", on).param("summary", summary.strip()).param("id", id).param("version", version)
                .param("by", by).update() == 1;
    }

    /** A review of the version loaded; it moves the version on, so two practitioners never both add one unseen. */
    boolean addReview(long id, int version, LocalDate heldOn, String note, LocalDate nextOn, String by) {
        boolean open = jdbc.sql("""
                        update early_help_episode set updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :version and ended_on is null""")
                .param("by", by).param("id", id).param("version", version).update() == 1;
        if (open) {
            jdbc.sql("""
                            insert into early_help_review (episode_id, held_on, note, next_on, created_by)
                            values (:e, :held, :note, :next, :by)""")
                    .param("e", id).param("held", heldOn).param("note", note.strip()).param("next", nextOn)
                    .param("by", by).update();
        }
        return open;
    }

    boolean end(long id, int version, EarlyHelpOutcome outcome, LocalDate endedOn, String by) {
        return jdbc.sql("""
                        update early_help_episode set outcome = :outcome, ended_on = :on, updated_by = :by,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version and ended_on is null""")
                .param("by", by).param("outcome", outcome.name()).param("on", endedOn).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean steppedUp(long id, int version, long contactId, LocalDate on, String by) {
        return jdbc.sql("""
                        update early_help_episode set outcome = 'STEPPED_UP', ended_on = :on,
                               stepped_up_contact = :contact, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version and ended_on is null""")
                .param("by", by).param("on", on).param("contact", contactId).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Episodes stepped down from an assessment, or that stepped up into a contact: for links back. */
    public List<Long> steppedDownFrom(long assessmentId) {
        return jdbc.sql("select id from early_help_episode where stepped_down_from = :a order by id")
                .param("a", assessmentId).query(Long.class).list();
    }

    public Optional<Long> steppedUpInto(long contactId) {
        return jdbc.sql("select id from early_help_episode where stepped_up_contact = :c").param("c", contactId)
                .query(Long.class).optional();
    }
}
