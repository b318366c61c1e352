package org.frontdoor.access;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner agencies an administrator maintains. Agencies are never deleted: requests, users and API keys refer to
 * them, so an agency the MASH no longer works with is deactivated instead. Each change writes its access-log line in
 * the same transaction, so a change that fails leaves no claim that it happened.
 */
@Repository
class AdminAgencies {

    /** An agency as the admin list shows it, with how many users and working API keys refer to it. */
    record Row(String code, String name, boolean active, long users, long activeKeys, int version,
               String updatedByName, java.time.Instant updatedAt) {
    }

    private static final String SELECT = """
            select a.code, a.name, a.active, a.version,
                   coalesce((select u.display_name from app_user u where u.username = a.updated_by), a.updated_by)
                       as updated_by_name, a.updated_at,
                   (select count(*) from app_user u where u.agency_code = a.code) as users,
                   (select count(*) from api_client c where c.agency_code = a.code and c.revoked_at is null) as active_keys
              from agency a
            """;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    AdminAgencies(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    List<Row> findAll() {
        return jdbc.sql(SELECT + " order by a.active desc, a.name").query(Row.class).list();
    }

    Optional<Row> find(String code) {
        return jdbc.sql(SELECT + " where a.code = :c").param("c", code).query(Row.class).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("select count(*) from agency where code = :c").param("c", code).query(Integer.class).single() > 0;
    }

    /** Names are compared ignoring case: "Police" and "police" side by side would confuse whoever picks one. */
    boolean nameTaken(String name, String exceptCode) {
        return jdbc.sql("select count(*) from agency where lower(name) = lower(:n) and code <> :c")
                .param("n", name).param("c", exceptCode == null ? "" : exceptCode).query(Integer.class).single() > 0;
    }

    /** Throws DuplicateKeyException if another administrator took the code or name a moment ago. */
    @Transactional
    void create(String code, String name) {
        jdbc.sql("insert into agency (code, name) values (:c, :n)").param("c", code).param("n", name).update();
        accessLog.record(AccessLog.Action.CHANGE, "Added agency " + code + " (" + name + ")", null);
    }

    /**
     * Renames over the version the administrator loaded; false, changing nothing, if someone renamed it since.
     * Throws DuplicateKeyException if another agency took the name a moment ago.
     */
    @Transactional
    boolean rename(String code, int version, String oldName, String newName, String by) {
        int updated = jdbc.sql("""
                        update agency set name = :n, version = version + 1, updated_by = :by, updated_at = now()
                         where code = :c and version = :v""")
                .param("n", newName).param("c", code).param("v", version).param("by", by).update();
        if (updated == 0) {
            return false;
        }
        accessLog.record(AccessLog.Action.CHANGE, "Renamed agency " + code + " from " + oldName + " to " + newName, null);
        return true;
    }

    /** False when the agency was already in that state, so a repeated click logs nothing. */
    @Transactional
    boolean setActive(String code, boolean active) {
        String name = jdbc.sql("update agency set active = :a where code = :c and active <> :a returning name")
                .param("a", active).param("c", code).query(String.class).optional().orElse(null);
        if (name == null) {
            return false;
        }
        accessLog.record(AccessLog.Action.CHANGE, (active ? "Reactivated" : "Deactivated") + " agency " + code
                + " (" + name + ")", null);
        return true;
    }
}
