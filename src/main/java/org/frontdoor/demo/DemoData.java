package org.frontdoor.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Loads the demo borough: the demo users, then a generated world copied into the case tables with PostgreSQL's
 * COPY in one transaction, ids and all, after which the id sequences are moved past the demo's ids.
 *
 * <p>Checking every row's foreign keys would take most of a large load's time, so when the database user may, the
 * load skips them as pg_dump's --disable-triggers does: the generator makes its keys consistent, and its tests
 * check them. For the same reason the indexes no constraint needs are built after the rows are in.
 */
@Service
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The case tables the demo fills from its generated world; the tables referring to them are found, not listed. */
    private static final List<String> CASE_TABLES = List.of("person", "relationship", "contact", "contact_subject",
            "consent_override", "referral");
    private static final List<String> ID_TABLES = List.of("person", "relationship", "contact", "contact_subject",
            "referral");

    private final DemoUsers users;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public DemoData(DemoUsers users, DataSource dataSource, JdbcClient jdbc) {
        this.users = users;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** How many people the case tables hold: the demo refuses to load over them unless told to replace them. */
    public long people() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    /**
     * Generates and loads a demo borough. With {@code replace}, first empties the case tables (never users or the
     * access log) in the same transaction, so that a failed load leaves the old data.
     */
    public DemoSummary load(DemoOptions options, boolean replace) throws SQLException {
        long start = System.nanoTime();
        users.createMissing();
        DemoWorld world = DemoWorld.generate(options);
        log.debug("Generated in {} s", seconds(start));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                if (replace) {
                    // Truncate, not delete: a large borough's rows would take minutes to delete one by one.
                    sql.execute("truncate " + String.join(", ", tablesToEmpty(sql)));
                }
                if (isSuperuser(sql)) {
                    sql.execute("set local session_replication_role = replica");
                }
                List<String> indexes = dropIndexes(sql);
                copy(connection, world);
                long indexing = System.nanoTime();
                sql.execute("set local maintenance_work_mem = '256MB'");
                for (String index : indexes) {
                    sql.execute(index);
                }
                log.debug("Indexed in {} s", seconds(indexing));
                for (String table : ID_TABLES) {
                    sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) from " + table);
                }
                // Screening's rows go in with triggers on: they keep derived columns (decided_at) true.
                sql.execute("set local session_replication_role = origin");
                DemoScreening.screen(sql, options);
                DemoCasework.work(sql, options);
                DemoQuality.audit(sql, options);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            try (Statement sql = connection.createStatement()) {
                // Every table the load filled (screening, casework, audits too): without statistics the planner
                // guesses, and the first Vital Signs page after a fresh demo took 30 s instead of 1 s.
                sql.execute("analyze");
            }
        }
        return new DemoSummary(options, world.contacts().size(), world.children(), world.people().size(),
                world.relationships().size(), world.subjects(), world.referrals(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Drops the case tables' indexes that no constraint needs, returning the statements that make them again. Built
     * once from all the rows, as pg_restore does, they take a fraction of the time of growing row by row: above all
     * the person index's trigram ones. The transaction puts them back if the load fails.
     */
    private static List<String> dropIndexes(Statement sql) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (ResultSet result = sql.executeQuery("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                  from pg_index i join pg_class t on t.oid = i.indrelid
                 where t.oid in (%s)
                   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                   and pg_has_role(t.relowner, 'USAGE')
                 order by i.indexrelid""".formatted(String.join(", ",
                CASE_TABLES.stream().map(table -> "'" + table + "'::regclass").toList())))) {
            while (result.next()) {
                names.add(result.getString(1));
                definitions.add(result.getString(2));
            }
        }
        if (!names.isEmpty()) {
            sql.execute("drop index " + String.join(", ", names));
        }
        return definitions;
    }

    /**
     * The case tables and every table whose foreign keys lead to them, however indirectly: one truncate must name
     * every table a key joins, and a capability added later (casework, audits, imports) needs no list kept here.
     */
    private static List<String> tablesToEmpty(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = sql.executeQuery("""
                with recursive emptied(oid) as (
                    select t::regclass::oid from unnest(array[%s]) t
                    union
                    select c.conrelid from pg_constraint c join emptied e on c.confrelid = e.oid where c.contype = 'f')
                select oid::regclass::text from emptied""".formatted(String.join(", ",
                CASE_TABLES.stream().map(table -> "'" + table + "'").toList())))) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private static String seconds(long since) {
        return String.format(Locale.UK, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private static boolean isSuperuser(Statement sql) throws SQLException {
        try (ResultSet result = sql.executeQuery("select current_setting('is_superuser') = 'on'")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static void copy(Connection connection, DemoWorld world) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        for (DemoCsv.Table table : DemoCsv.tables(world)) {
            long start = System.nanoTime();
            String sql = "copy " + table.name() + " (" + table.columns() + ") from stdin (format csv)";
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new PGCopyOutputStream(postgres, sql, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                for (Iterator<String> lines = table.lines().iterator(); lines.hasNext(); ) {
                    out.write(lines.next());
                    out.write('\n');
                }
            } catch (IOException e) {
                // PgJDBC reports a failed COPY as an IOException wrapping the server's SQLException.
                if (e.getCause() instanceof SQLException cause) {
                    throw cause;
                }
                throw new UncheckedIOException("Could not copy the demo " + table.name() + " rows", e);
            }
            log.debug("Copied {} in {} s", table.name(), seconds(start));
        }
    }
}
