package org.frontdoor.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class UserRepository {

    private static final String SELECT = """
            select u.*, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
              from app_user u left join app_user_role r on r.user_id = u.id
            """;

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :u group by u.id")
                .param("u", username.toLowerCase()).query(UserRepository::map).optional();
    }

    public Optional<AppUser> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = :id group by u.id").param("id", id).query(UserRepository::map).optional();
    }

    public List<AppUser> findAll() {
        return jdbc.sql(SELECT + " group by u.id order by u.enabled desc, u.display_name").query(UserRepository::map).list();
    }

    public List<Agency> agencies() {
        return jdbc.sql("select code, name from agency where active order by name").query(Agency.class).list();
    }

    /** The active agencies, plus {@code keep} even if deactivated: a user keeps the agency they already have. */
    public List<Agency> agenciesKeeping(String keep) {
        return jdbc.sql("select code, name from agency where active or code = :keep order by name")
                .param("keep", keep).query(Agency.class).list();
    }

    public boolean agencyExists(String code) {
        return jdbc.sql("select count(*) from agency where code = :c and active").param("c", code)
                .query(Integer.class).single() > 0;
    }

    @Transactional
    public long create(NewUser u, String passwordHash, String createdBy) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, email, password_hash, agency_code, team, created_by)
                        values (:username, :name, :email, :hash, :agency, :team, :by) returning id""")
                .param("username", u.username().toLowerCase()).param("name", u.displayName())
                .param("email", u.email()).param("hash", passwordHash).param("agency", u.agencyCode())
                .param("team", u.team()).param("by", createdBy)
                .query(Long.class).single();
        insertRoles(id, u.roles());
        return id;
    }

    /** Saves roles, agency, team and enabled flag; false when someone else saved the user first. */
    @Transactional
    public boolean update(long id, int version, String displayName, String email, String agencyCode, String team,
                          boolean enabled, Set<Role> roles, String by) {
        int n = jdbc.sql("""
                        update app_user set display_name = :name, email = :email, agency_code = :agency, team = :team,
                               enabled = :enabled, version = version + 1, updated_by = :by, updated_at = now()
                         where id = :id and version = :version""")
                .param("name", displayName).param("email", email).param("agency", agencyCode).param("team", team)
                .param("enabled", enabled).param("id", id).param("version", version).param("by", by).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
        insertRoles(id, roles);
        return true;
    }

    /** Who last saved a user's account and when, with the version an edit form then carries. */
    public record LastChange(int version, String byName, Instant at) {
    }

    public LastChange lastChange(long id) {
        return jdbc.sql("""
                        select a.version, coalesce(u.display_name, a.updated_by) as by_name, a.updated_at as at
                          from app_user a left join app_user u on u.username = a.updated_by where a.id = :id""")
                .param("id", id).query(LastChange.class).single();
    }

    public void setPassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, failed_attempts = 0, locked_until = null where id = :id")
                .param("h", hash).param("id", id).update();
    }

    /** Counts a failed sign-in; the fifth in a row locks the account until {@code lockUntil}. */
    public void recordFailure(String username, int maxAttempts, Instant now, Instant lockUntil) {
        // After a lock has run out the count starts again, so one more slip does not lock the account at once.
        jdbc.sql("""
                        update app_user
                           set failed_attempts = case when locked_until <= :now then 1 else failed_attempts + 1 end,
                               locked_until = case when locked_until <= :now then null
                                                   when failed_attempts + 1 >= :max then :until
                                                   else locked_until end
                         where username = :u""")
                .param("max", maxAttempts).param("now", Timestamp.from(now)).param("until", Timestamp.from(lockUntil))
                .param("u", username.toLowerCase()).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = :u")
                .param("u", username.toLowerCase()).update();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private void insertRoles(long id, Set<Role> roles) {
        for (Role r : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", r.name()).update();
        }
    }

    private static AppUser map(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> set = roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), rs.getString("agency_code"),
                rs.getString("team"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(), set, rs.getInt("version"));
    }
}
