package org.frontdoor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.frontdoor.access.AccessLog;
import org.frontdoor.demo.DemoData;
import org.frontdoor.demo.DemoOptions;
import org.frontdoor.intake.ContactHistory;
import org.frontdoor.people.PersonRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The procedure in docs/backup-and-restore.md, end to end: a small demo borough is dumped with pg_dump -Fc and
 * restored with pg_restore into a freshly created database, which must then hold exactly what the original held.
 * Its own temporary PostgreSQL (dropped afterwards) so that the demo load touches no other test's data.
 */
@SpringBootTest(properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
        "frontdoor.demo.load-on-empty=false", "frontdoor.screening.clock-alerts.enabled=false",
        "frontdoor.performance.month-end-report.enabled=false"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one demo borough and one dump for both restores
class BackupRestoreTest {

    private static final DemoOptions SMALL_BOROUGH =
            new DemoOptions(11, 1, DemoOptions.Size.SMALL, LocalDate.of(2026, 11, 23));

    @Autowired EmbeddedPostgres postgres;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired DemoData demo;
    @Autowired AccessLog accessLog;

    PgClient client;
    Path dump;
    Map<String, String> original;
    long child;

    @BeforeAll
    void dumpASmallBorough() throws Exception {
        client = PgClient.forServer(serverMajor(), postgres.getPort());
        demo.load(SMALL_BOROUGH, true);
        child = jdbc.sql("""
                select r.person_id from referral r join relationship f on f.person_id = r.person_id
                 order by r.person_id limit 1""").query(Long.class).single();
        accessLog.record(AccessLog.Action.VIEW, "Child's record before the backup", child);

        // The checksums and the dump read one exported snapshot, so nothing written in between can differ.
        dump = Files.createTempFile("frontdoor-", ".dump");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot = single(connection, "select pg_export_snapshot()");
            original = TableContents.of(connection);
            client.dump("postgres", snapshot, dump);
            connection.commit();
        }
        assertThat(original).containsKeys("table public.flyway_schema_history", "table public.access_log",
                "table public.person", "table public.contact", "table public.decision", "table public.audit");
        for (String table : List.of("person", "contact", "decision", "audit", "access_log")) {
            assertThat(original.get("table public." + table)).as(table).doesNotStartWith("0 rows");
        }
    }

    @AfterAll
    void deleteTheDump() throws Exception {
        if (dump != null) {
            Files.deleteIfExists(dump);
        }
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsEveryRecordAndTheAppReadsAChildFromIt() throws Exception {
        inFreshDatabase("frontdoor_restored", restored -> {
            client.restore(restored.name(), dump);
            assertThat(restored.contents()).isEqualTo(original);

            JdbcClient restoredJdbc = restored.jdbc();
            String lastMigration = "select version from flyway_schema_history where success "
                    + "order by installed_rank desc limit 1";
            assertThat(restoredJdbc.sql(lastMigration).query(String.class).single())
                    .isEqualTo(jdbc.sql(lastMigration).query(String.class).single());

            // The child's record as the child's record page reads it, through the app's own queries.
            PersonRepository people = new PersonRepository(jdbc);
            PersonRepository restoredPeople = new PersonRepository(restoredJdbc);
            ContactHistory history = new ContactHistory(jdbc);
            ContactHistory restoredHistory = new ContactHistory(restoredJdbc);
            assertThat(restoredPeople.findById(child)).isPresent().isEqualTo(people.findById(child));
            assertThat(restoredPeople.family(child)).isNotEmpty().isEqualTo(people.family(child));
            assertThat(restoredHistory.forChild(child)).isNotEmpty().isEqualTo(history.forChild(child));
            assertThat(restoredHistory.referrals(child)).isNotEmpty().isEqualTo(history.referrals(child));

            // The access log is append-only in the restored copy too: its triggers came back with it.
            assertThatThrownBy(() -> restoredJdbc.sql("delete from access_log").update())
                    .rootCause().hasMessageContaining("access_log is append-only");
        });
    }

    @Test
    void aDumpRestoredOverTheSchemaAFreshStartMakesHoldsEveryRecord() throws Exception {
        // The embedded default's restore: the app starts on an empty data folder and migrates it, then the dump
        // replaces every object it made.
        inFreshDatabase("frontdoor_started", started -> {
            Flyway.configure().dataSource(started.url(), "postgres", "postgres").load().migrate();
            assertThat(started.contents().get("table public.person")).startsWith("0 rows");
            client.restoreOver(started.name(), dump);
            assertThat(started.contents()).isEqualTo(original);
        });
    }

    record Database(String name, String url, SingleConnectionDataSource dataSource) {
        JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        Map<String, String> contents() throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                return TableContents.of(connection);
            }
        }
    }

    interface DatabaseCheck {
        void check(Database database) throws Exception;
    }

    private void inFreshDatabase(String prefix, DatabaseCheck check) throws Exception {
        String name = prefix + "_" + ProcessHandle.current().pid();
        jdbc.sql("drop database if exists " + name).update();
        jdbc.sql("create database " + name + " template template0").update();
        String url = postgres.getJdbcUrl("postgres", name);
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "postgres", "postgres", true);
        try {
            check.check(new Database(name, url, dataSource));
        } finally {
            dataSource.destroy();
            jdbc.sql("drop database if exists " + name + " with (force)").update();
        }
    }

    private int serverMajor() {
        return Integer.parseInt(jdbc.sql("show server_version_num").query(String.class).single()) / 10_000;
    }

    private static String single(Connection connection, String query) throws Exception {
        try (Statement sql = connection.createStatement(); ResultSet r = sql.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }
}
