package org.frontdoor.access;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds access log entries by child or by user, newest first. */
@Repository
public class AccessLogSearch {

    public record Entry(long id, Instant at, String username, String roles, String action, String what,
                        Long childId, String address) {
    }

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    public AccessLogSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code beforeId} pages backwards: pass the last id of the previous page, or null for the newest. */
    public List<Entry> find(Long childId, String username, Long beforeId) {
        return jdbc.sql("""
                        select id, at, username, roles, action, what, child_id, address from access_log
                         where (cast(:child as bigint) is null or child_id = :child)
                           and (cast(:u as text) is null or username = :u)
                           and (cast(:before as bigint) is null or id < :before)
                         order by id desc limit :limit""")
                .param("child", childId).param("u", username == null || username.isBlank() ? null : username.trim().toLowerCase())
                .param("before", beforeId).param("limit", PAGE_SIZE)
                .query(Entry.class).list();
    }
}
