package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who last changed a casework record and when (its {@code updated_by} and {@code updated_at}), worded for the user
 * whose stale form was refused.
 */
@Component
class LastChanges {

    /** The versioned casework records; the table name never comes from a request. */
    enum Record {
        PLAN("plan"), STRATEGY("strategy_discussion"), S47("s47_enquiry"), EARLY_HELP("early_help_episode"),
        CLOSURE("closure");

        final String table;

        Record(String table) {
            this.table = table;
        }
    }

    record Who(String name, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    LastChanges(JdbcClient jdbc, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    Who who(Record record, long id) {
        return jdbc.sql("select coalesce(u.display_name, t.updated_by), t.updated_at from " + record.table
                        + " t left join app_user u on u.username = t.updated_by where t.id = :id")
                .param("id", id)
                .query((rs, n) -> new Who(rs.getString(1), instant(rs.getTimestamp(2)))).optional()
                .orElse(new Who(null, null));
    }

    /** Someone saved a change the user may still make on top of: "… changed this episode at 10:42 …". */
    String changed(Record record, long id, String what) {
        Who who = who(record, id);
        return ChangedMeanwhile.message(what, who.name(), who.at(), zone, clock.instant());
    }

    /** Someone took a one-off step that rules the user's out: "… recorded this discussion at 10:42 …". */
    String recorded(Record record, long id, String did, String consequence) {
        Who who = who(record, id);
        return RecordedMeanwhile.message(did, consequence, who.name(), who.at(), zone, clock.instant());
    }

    /** Who did what and when, for a message worded around it: "… signed off this closure at 10:42 …". */
    String happened(Record record, long id, String did) {
        Who who = who(record, id);
        return RecordedMeanwhile.happened(did, who.name(), who.at(), zone, clock.instant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
