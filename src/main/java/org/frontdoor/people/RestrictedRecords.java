package org.frontdoor.people;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.screening.MailSender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricted children's records: only the named users (and a manager who breaks the glass, for an hour) may open
 * one. Every page that opens a child's record calls {@link #check(long)} first.
 */
@Service
public class RestrictedRecords {

    /** How long a break-glass open lasts before the manager must give a reason again. */
    static final Duration BREAK_GLASS = Duration.ofHours(1);

    public record Restriction(long personId, String reason, String owner, String ownerName, List<String> users) {
    }

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final MailSender mail;

    RestrictedRecords(JdbcClient jdbc, AccessLog accessLog, MailSender mail) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.mail = mail;
    }

    public Optional<Restriction> of(long personId) {
        return jdbc.sql("""
                        select r.person_id, r.reason, r.owner, coalesce(u.display_name, r.owner) as owner_name
                          from restricted_record r left join app_user u on u.username = r.owner
                         where r.person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> new Restriction(rs.getLong("person_id"), rs.getString("reason"),
                        rs.getString("owner"), rs.getString("owner_name"), users(personId)))
                .optional();
    }

    private List<String> users(long personId) {
        return jdbc.sql("select username from restricted_record_user where person_id = :p order by username")
                .param("p", personId).query(String.class).list();
    }

    /** Refuses (and logs the attempt) when the signed-in user may not open this child's record. */
    public void check(long personId) {
        Optional<Restriction> restriction = of(personId);
        if (restriction.isEmpty()) {
            return;
        }
        String username = currentUsername();
        if (restriction.get().users().contains(username) || brokeGlass(personId, username)) {
            return;
        }
        accessLog.record(AccessLog.Action.DENIED, "Restricted record: not named on it", personId);
        throw new RecordRestricted(restriction.get());
    }

    /** True when the child's record is restricted and this user may not open it (e.g. to hide a name in a list). */
    public boolean hiddenFrom(long personId, String username) {
        return jdbc.sql("""
                        select exists (select 1 from restricted_record r where r.person_id = :p
                            and not exists (select 1 from restricted_record_user u
                                             where u.person_id = r.person_id and u.username = :u))""")
                .param("p", personId).param("u", username).query(Boolean.class).single()
                && !brokeGlass(personId, username);
    }

    /**
     * Person-index candidates as the signed-in user may see them: a restricted child shows only that a record exists
     * and whom to ask, so that the worker can still link the contact to it rather than create a duplicate.
     */
    public List<PersonCandidate> masked(List<PersonCandidate> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            return candidates;
        }
        java.util.Map<Long, String> hidden = hiddenOwners(
                candidates.stream().map(PersonCandidate::personId).toList(), currentUsername());
        return candidates.stream().map(c -> !hidden.containsKey(c.personId()) ? c
                : new PersonCandidate(c.personId(), "Restricted record", "(ask " + hidden.get(c.personId()) + ")",
                        null, null, null, null, c.score(), List.of())).toList();
    }

    /** Of these records, those restricted from this user, each with its owner's name: lists show that instead. */
    public java.util.Map<Long, String> hiddenOwners(java.util.Collection<Long> personIds, String username) {
        java.util.Map<Long, String> hidden = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return hidden;
        }
        jdbc.sql("""
                        select r.person_id, coalesce(u.display_name, r.owner) as owner_name
                          from restricted_record r left join app_user u on u.username = r.owner
                         where r.person_id in (:ids)
                           and not exists (select 1 from restricted_record_user n
                                            where n.person_id = r.person_id and n.username = :u)""")
                .param("ids", personIds).param("u", username)
                .query((rs, n) -> hidden.put(rs.getLong("person_id"), rs.getString("owner_name"))).list();
        hidden.keySet().removeIf(id -> brokeGlass(id, username));
        return hidden;
    }

    private boolean brokeGlass(long personId, String username) {
        return jdbc.sql("""
                        select exists (select 1 from break_glass where person_id = :p and username = :u
                                          and opened_at > now() - make_interval(secs => :secs))""")
                .param("p", personId).param("u", username).param("secs", BREAK_GLASS.toSeconds())
                .query(Boolean.class).single();
    }

    /** Who last restricted (or changed the restriction of) a record and when; version 0 if never restricted here. */
    public record LastChange(int version, String byName, java.time.Instant at) {
    }

    public LastChange lastChange(long personId) {
        return jdbc.sql("""
                        select r.version, coalesce(u.display_name, r.updated_by, r.restricted_by) as by_name,
                               coalesce(r.updated_at, r.restricted_at) as at
                          from restricted_record r left join app_user u on u.username = coalesce(r.updated_by,
                                                                                                 r.restricted_by)
                         where r.person_id = :p""")
                .param("p", personId).query(LastChange.class).optional().orElse(new LastChange(0, null, null));
    }

    /**
     * Restricts (or re-restricts) a record over the version the manager loaded (0: not restricted, or restricted
     * before versions); false, changing nothing, if someone changed it since. The owner and the one restricting are
     * always among the named.
     */
    @Transactional
    public boolean restrict(long personId, int version, String reason, String owner, List<String> named,
                            SignedInUser by) {
        String sql = version == 0 ? """
                insert into restricted_record (person_id, reason, owner, restricted_by, version, updated_by, updated_at)
                values (:p, :r, :o, :b, 1, :b, now())
                on conflict (person_id) do update set reason = excluded.reason, owner = excluded.owner,
                    restricted_by = excluded.restricted_by, restricted_at = now(), version = 1,
                    updated_by = excluded.updated_by, updated_at = now()
                 where restricted_record.version = 0""" : """
                update restricted_record set reason = :r, owner = :o, restricted_by = :b, restricted_at = now(),
                                             version = version + 1, updated_by = :b, updated_at = now()
                 where person_id = :p and version = :v""";
        if (jdbc.sql(sql).param("p", personId).param("r", reason).param("o", owner).param("b", by.getUsername())
                .param("v", version).update() == 0) {
            return false;
        }
        jdbc.sql("delete from restricted_record_user where person_id = :p").param("p", personId).update();
        java.util.Set<String> all = new java.util.TreeSet<>(named);
        all.add(owner);
        all.add(by.getUsername());
        for (String u : all) {
            jdbc.sql("insert into restricted_record_user (person_id, username) values (:p, :u)")
                    .param("p", personId).param("u", u).update();
        }
        accessLog.record(AccessLog.Action.CHANGE, "Restricted the record to " + String.join(", ", all)
                + ": " + reason, personId);
        return true;
    }

    /** A manager opens a restricted record in an emergency: recorded, logged, and the owner is told. */
    @Transactional
    public void breakGlass(long personId, String reason, SignedInUser manager) {
        Restriction r = of(personId).orElseThrow();
        if (!manager.has(Role.MASH_MANAGER) && !manager.has(Role.ASSESSMENT_MANAGER)) {
            throw new IllegalStateException("Only a manager can break the glass");
        }
        jdbc.sql("insert into break_glass (person_id, username, reason) values (:p, :u, :r)")
                .param("p", personId).param("u", manager.getUsername()).param("r", reason).update();
        accessLog.record(AccessLog.Action.VIEW, "Break-glass open of a restricted record: " + reason, personId);
        String to = jdbc.sql("select coalesce(email, username) from app_user where username = :u")
                .param("u", r.owner()).query(String.class).optional().orElse(r.owner());
        // The reason and who: the owner judges whether it was right. Nothing of the record itself goes in a mail.
        mail.send(new MailSender.Mail(to, "Restricted record " + personId + " opened by break-glass",
                manager.displayName() + " (" + manager.getUsername() + ") opened restricted record " + personId
                        + " by break-glass, giving this reason:\n\n" + reason, null, null));
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }
}
