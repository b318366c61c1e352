package org.frontdoor.database;

import java.sql.SQLException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two start-up failures an operator is most likely to meet into one clear line each:
 * a database that cannot be reached, and a schema newer than this build knows.
 */
public final class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    public DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        FlywayValidateException tooNew = find(failure, FlywayValidateException.class);
        if (tooNew != null && SchemaVersionCheck.isNewerSchema(tooNew.getMessage())) {
            return new FailureAnalysis(SchemaVersionCheck.describe(tooNew.getMessage()),
                    "Run the frontdoor release that created this database, or a newer one. "
                            + "Never point an older release at a newer schema.", failure);
        }
        String url = environment.getProperty("spring.datasource.url", "");
        SQLException sql = find(failure, SQLException.class);
        if (anyMessageContains(failure, "suitable driver") || anyMessageContains(failure, "Failed to load driver class")) {
            return new FailureAnalysis("The database URL '" + url + "' is not a PostgreSQL JDBC URL.",
                    "Set SPRING_DATASOURCE_URL to jdbc:postgresql://HOST:PORT/DATABASE, or unset it to use the "
                            + "embedded database.", failure);
        }
        if (sql != null && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                    || sql.getSQLState().equals("3D000"))) {
            return new FailureAnalysis("Cannot connect to the database at '" + url + "': " + sql.getMessage(),
                    "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, "
                            + "or unset SPRING_DATASOURCE_URL to use the embedded database.", failure);
        }
        return null;
    }

    private static boolean anyMessageContains(Throwable failure, String text) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
