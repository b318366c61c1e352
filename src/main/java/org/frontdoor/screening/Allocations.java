package org.frontdoor.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who owns each child's contact in the MASH, and who allocated it when; reallocations keep the history. */
@Repository
public class Allocations {

    public record Allocation(long id, long contactSubjectId, String allocatedTo, String allocatedToName,
                             String allocatedBy, String allocatedByName, Instant allocatedAt, Instant endedAt) {
    }

    /** Someone a child's contact can be allocated to. */
    public record Worker(String username, String displayName) {
    }

    private static final String COLUMNS = """
            a.id, a.contact_subject_id, a.allocated_to, coalesce(t.display_name, a.allocated_to) as allocated_to_name,
            a.allocated_by, coalesce(b.display_name, a.allocated_by) as allocated_by_name, a.allocated_at, a.ended_at
              from allocation a left join app_user t on t.username = a.allocated_to
                                left join app_user b on b.username = a.allocated_by""";

    private final JdbcClient jdbc;

    Allocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Allocation> current(long subjectId) {
        return jdbc.sql("select " + COLUMNS + " where a.contact_subject_id = :id and a.ended_at is null")
                .param("id", subjectId).query(Allocation.class).optional();
    }

    /** Newest first. */
    public List<Allocation> history(long subjectId) {
        return jdbc.sql("select " + COLUMNS + " where a.contact_subject_id = :id order by a.allocated_at desc, a.id desc")
                .param("id", subjectId).query(Allocation.class).list();
    }

    /** MASH social workers and managers whose accounts are enabled, by name. */
    public List<Worker> workers() {
        return jdbc.sql("""
                        select distinct u.username, u.display_name
                          from app_user u join app_user_role r on r.user_id = u.id
                         where u.enabled and r.role in ('MASH_SOCIAL_WORKER', 'MASH_MANAGER')
                         order by u.display_name, u.username""")
                .query(Worker.class).list();
    }

    public Optional<Worker> worker(String username) {
        return workers().stream().filter(w -> w.username().equals(username)).findFirst();
    }

    /** Ends the current allocation, if any, and starts one to {@code worker}. Run inside the caller's transaction. */
    public void allocate(long subjectId, String worker, String by) {
        // Two managers allocating at once take turns on the child's row; the later one wins, both are kept.
        jdbc.sql("select id from contact_subject where id = :id for update").param("id", subjectId)
                .query(Long.class).single();
        jdbc.sql("update allocation set ended_at = now() where contact_subject_id = :id and ended_at is null")
                .param("id", subjectId).update();
        jdbc.sql("insert into allocation (contact_subject_id, allocated_to, allocated_by) values (:id, :to, :by)")
                .param("id", subjectId).param("to", worker).param("by", by).update();
    }
}
