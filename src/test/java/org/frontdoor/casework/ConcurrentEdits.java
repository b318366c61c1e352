package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reading what two people editing one casework record see: the version a form carries, and the time of a change. */
final class ConcurrentEdits {

    private ConcurrentEdits() {
    }

    /** The version the first form after {@code marker} on the page carries ("" for a first closure request). */
    static String version(String page, String marker) {
        Matcher m = Pattern.compile(Pattern.quote(marker) + "[\\s\\S]*?name=\"version\" value=\"(\\d*)\"")
                .matcher(page);
        assertThat(m.find()).as("a form with a version after " + marker).isTrue();
        return m.group(1);
    }

    /** When the row was last changed, as the message words it: "10:42" in London. */
    static String changedAt(JdbcClient jdbc, String table, long id) {
        Timestamp at = jdbc.sql("select updated_at from " + table + " where id = :id").param("id", id)
                .query(Timestamp.class).single();
        return DateTimeFormatter.ofPattern("HH:mm").format(at.toInstant().atZone(ZoneId.of("Europe/London")));
    }

    /** Replaces a parameter a shared request builder already set (a second {@code param} would add a value). */
    static RequestPostProcessor set(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }
}
