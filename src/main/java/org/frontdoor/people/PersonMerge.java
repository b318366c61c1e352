package org.frontdoor.people;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate record into the one kept, and undoes a merge. The duplicate is kept (hidden from searches,
 * pointing at the kept record); every row that referred to it is moved, and the merge writes down exactly which
 * rows it moved, so that undo moves those back and nothing else.
 */
@Service
public class PersonMerge {

    /** Why a merge or an undo cannot go ahead, in words for the person who asked. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** A merge as listed for administrators; {@code moved} counts the rows it moved. */
    public record Summary(long id, long keptPersonId, String keptName, long mergedPersonId, String mergedName,
                          String mergedBy, Instant mergedAt, String reason, int moved, String undoneBy,
                          Instant undoneAt) {
        public boolean undone() {
            return undoneAt != null;
        }
    }

    /**
     * The rows a merge moved, by table and column, and the relationships it deleted because moving them would have
     * made a duplicate or a relationship of the kept person with him- or herself (whole rows, to be put back).
     */
    record Moved(@JsonProperty("relationship.person_id") List<Long> relationshipPerson,
                 @JsonProperty("relationship.related_person_id") List<Long> relationshipRelated,
                 @JsonProperty("relationship.dropped") List<JsonNode> relationshipsDropped,
                 @JsonProperty("contact_subject.person_id") List<Long> contactSubjects,
                 @JsonProperty("referral.person_id") List<Long> referrals) {
        int count() {
            return relationshipPerson.size() + relationshipRelated.size() + relationshipsDropped.size()
                    + contactSubjects.size() + referrals.size();
        }
    }

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    public PersonMerge(JdbcClient jdbc, AccessLog accessLog, ObjectMapper json) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.json = json;
    }

    /** Why {@code duplicate} cannot be merged into {@code kept} as things stand, if it cannot. */
    public Optional<String> problem(long kept, long duplicate) {
        if (kept == duplicate) {
            return Optional.of("Choose a different record: a record cannot be merged with itself");
        }
        for (long id : new long[] {duplicate, kept}) {
            Optional<Long[]> into = jdbc.sql("select merged_into from person where id = :id").param("id", id)
                    .query((rs, n) -> new Long[] {rs.getObject("merged_into", Long.class)}).optional();
            if (into.isEmpty()) {
                return Optional.of("There is no record " + id);
            }
            if (into.get()[0] != null) {
                return Optional.of("Record " + id + " has already been merged into record " + into.get()[0]);
            }
        }
        return Optional.empty();
    }

    /** Merges {@code duplicate} into {@code kept}, returning the merge's id. */
    @Transactional
    public long merge(long kept, long duplicate, String reason, String username) {
        if (reason == null || reason.isBlank()) {
            throw new Refused("Enter why these records are the same person");
        }
        // Lock both, in id order so that two opposite merges cannot deadlock, then check again under the lock.
        jdbc.sql("select id from person where id in (:a, :b) order by id for update")
                .param("a", kept).param("b", duplicate).query(Long.class).list();
        problem(kept, duplicate).ifPresent(p -> {
            throw new Refused(p);
        });

        List<JsonNode> dropped = jdbc.sql("""
                        with moving as (
                            select r.id, r.relationship,
                                   case when r.person_id = :dup then :kept else r.person_id end as person_id,
                                   case when r.related_person_id = :dup then :kept else r.related_person_id end as related_id
                              from relationship r
                             where r.person_id = :dup or r.related_person_id = :dup)
                        delete from relationship r using moving m
                         where r.id = m.id
                           and (m.person_id = m.related_id
                                or exists (select 1 from relationship o
                                            where o.relationship = m.relationship
                                              and o.person_id <> :dup and o.related_person_id <> :dup
                                              and ((o.person_id, o.related_person_id) = (m.person_id, m.related_id)
                                                   -- siblings read both ways: one row is enough
                                                   or (m.relationship = 'SIBLING'
                                                       and (o.person_id, o.related_person_id) = (m.related_id, m.person_id)))))
                        returning to_jsonb(r) as row""")
                .param("kept", kept).param("dup", duplicate)
                .query((rs, n) -> readJson(rs.getString("row"))).list();
        Moved moved = new Moved(
                move("update relationship set person_id = :kept where person_id = :dup returning id", kept, duplicate),
                move("update relationship set related_person_id = :kept where related_person_id = :dup returning id",
                        kept, duplicate),
                dropped,
                move("update contact_subject set person_id = :kept where person_id = :dup returning id", kept, duplicate),
                move("update referral set person_id = :kept where person_id = :dup returning id", kept, duplicate));

        jdbc.sql("update person set merged_into = :kept, version = version + 1 where id = :dup")
                .param("kept", kept).param("dup", duplicate).update();
        long id = jdbc.sql("""
                        insert into person_merge (kept_person_id, merged_person_id, merged_by, reason, moved)
                        values (:kept, :dup, :by, :reason, cast(:moved as jsonb)) returning id""")
                .param("kept", kept).param("dup", duplicate).param("by", username).param("reason", reason.trim())
                .param("moved", writeJson(moved)).query(Long.class).single();
        String what = "Merged record " + duplicate + " into record " + kept + " (merge " + id + ", "
                + moved.count() + " rows moved)";
        accessLog.record(AccessLog.Action.CHANGE, what, kept);
        accessLog.record(AccessLog.Action.CHANGE, what, duplicate);
        return id;
    }

    /** Reverses merge {@code id} exactly, unless a later merge still in force involves either record. */
    @Transactional
    public Summary undo(long id, String username) {
        Summary merge = jdbc.sql(SUMMARY + " where m.id = :id for update of m").param("id", id)
                .query(Summary.class).optional()
                .orElseThrow(() -> new Refused("There is no merge " + id));
        if (merge.undone()) {
            throw new Refused("Merge " + id + " has already been undone");
        }
        long kept = merge.keptPersonId();
        long dup = merge.mergedPersonId();
        jdbc.sql("""
                        select m.id, m.kept_person_id, m.merged_person_id from person_merge m
                         where m.id > :id and m.undone_at is null
                           and (m.kept_person_id in (:kept, :dup) or m.merged_person_id in (:kept, :dup))
                         order by m.id desc limit 1""")
                .param("id", id).param("kept", kept).param("dup", dup)
                .query((rs, n) -> "Undo merge " + rs.getLong("id") + " first: it merged record "
                        + rs.getLong("merged_person_id") + " into record " + rs.getLong("kept_person_id")
                        + " after this merge, and involves the same people")
                .optional().ifPresent(message -> {
                    throw new Refused(message);
                });

        Moved moved = readMoved(jdbc.sql("select moved::text from person_merge where id = :id").param("id", id)
                .query(String.class).single());
        // Only rows still pointing at the kept record go back: anything changed since is someone's later decision.
        back("update relationship set person_id = :dup where person_id = :kept and id in (:ids)",
                moved.relationshipPerson(), kept, dup);
        back("update relationship set related_person_id = :dup where related_person_id = :kept and id in (:ids)",
                moved.relationshipRelated(), kept, dup);
        back("update contact_subject set person_id = :dup where person_id = :kept and id in (:ids)",
                moved.contactSubjects(), kept, dup);
        back("update referral set person_id = :dup where person_id = :kept and id in (:ids)",
                moved.referrals(), kept, dup);
        if (!moved.relationshipsDropped().isEmpty()) {
            jdbc.sql("""
                            insert into relationship (id, person_id, related_person_id, relationship, lives_with,
                                                      created_at, created_by)
                            select id, person_id, related_person_id, relationship, lives_with, created_at, created_by
                              from jsonb_populate_recordset(null::relationship, cast(:rows as jsonb))
                            on conflict do nothing""")
                    .param("rows", writeJson(moved.relationshipsDropped())).update();
        }
        jdbc.sql("update person set merged_into = null, version = version + 1 where id = :dup and merged_into = :kept")
                .param("dup", dup).param("kept", kept).update();
        jdbc.sql("update person_merge set undone_by = :by, undone_at = now() where id = :id")
                .param("by", username).param("id", id).update();
        String what = "Undid merge " + id + " of record " + dup + " into record " + kept;
        accessLog.record(AccessLog.Action.CHANGE, what, kept);
        accessLog.record(AccessLog.Action.CHANGE, what, dup);
        return merge;
    }

    private static final String SUMMARY = """
            select m.id, m.kept_person_id, k.first_name || ' ' || k.last_name as kept_name,
                   m.merged_person_id, d.first_name || ' ' || d.last_name as merged_name,
                   m.merged_by, m.merged_at, m.reason,
                   (select count(*) from jsonb_each(m.moved) e, jsonb_array_elements(e.value) x)::int as moved,
                   m.undone_by, m.undone_at
              from person_merge m join person k on k.id = m.kept_person_id join person d on d.id = m.merged_person_id""";

    /** Every merge, newest first. */
    public List<Summary> list(int limit) {
        return jdbc.sql(SUMMARY + " order by m.id desc limit :limit").param("limit", limit)
                .query(Summary.class).list();
    }

    public Optional<Summary> find(long id) {
        return jdbc.sql(SUMMARY + " where m.id = :id").param("id", id).query(Summary.class).optional();
    }

    /** The merge in force that hid this record, if it is a merged one. */
    public Optional<Summary> mergeOf(long mergedPersonId) {
        return jdbc.sql(SUMMARY + " where m.merged_person_id = :id and m.undone_at is null")
                .param("id", mergedPersonId).query(Summary.class).optional();
    }

    /** What refers to a person: what a merge would move. */
    public record Links(int contacts, int relationships, int referrals) {
    }

    public Links links(long personId) {
        return jdbc.sql("""
                        select (select count(*) from contact_subject where person_id = :id)::int as contacts,
                               (select count(*) from relationship
                                 where person_id = :id or related_person_id = :id)::int as relationships,
                               (select count(*) from referral where person_id = :id)::int as referrals""")
                .param("id", personId).query(Links.class).single();
    }

    private List<Long> move(String sql, long kept, long dup) {
        return jdbc.sql(sql).param("kept", kept).param("dup", dup).query(Long.class).list();
    }

    private void back(String sql, List<Long> ids, long kept, long dup) {
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("kept", kept).param("dup", dup).param("ids", ids).update();
        }
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Moved readMoved(String text) {
        try {
            return json.readValue(text, Moved.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
