package org.frontdoor.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Flyway's validation message for migrations applied to the database that this build does not have. */
final class SchemaVersionCheck {

    private static final Pattern NOT_RESOLVED =
            Pattern.compile("Detected applied migration not resolved locally: ([0-9._]+)");

    private SchemaVersionCheck() {
    }

    static boolean isNewerSchema(String flywayMessage) {
        return flywayMessage != null && NOT_RESOLVED.matcher(flywayMessage).find();
    }

    static String describe(String flywayMessage) {
        Matcher m = NOT_RESOLVED.matcher(flywayMessage);
        String version = m.find() ? m.group(1) : "unknown";
        return "The database schema is newer than this release of frontdoor knows (it has migration " + version
                + "); refusing to start so that no data is written with an out-of-date model.";
    }
}
