package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A legacy import batch is one transaction of a few hundred rows across person, legacy_duplicate and legacy_record.
 * This test kills the import's database connection while a batch is half written and shows that the database holds
 * every earlier batch whole and nothing at all of the one it was writing, and that running the import again
 * completes it with each record once.
 *
 * <p>Deterministic: the test holds, in an open transaction of its own, the {@code legacy_record} key of one row in
 * the second batch. The import writes that batch's people, then waits on the key; the test sees it waiting in
 * {@code pg_stat_activity}, with its write lock on {@code person} in {@code pg_locks}, and only then terminates it.
 */
@FrontdoorTest
class CrashAtomicityTest {

    private static final int BATCH = 100;

    @Autowired LegacyImport legacyImport;
    @Autowired LegacyMappings mappings;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @TempDir Path dir;

    @Test
    void anImportKilledMidBatchKeepsAllOrNoneOfEachBatchAndARerunCompletesItOnce() throws Exception {
        LegacyMapping m = mappings.find("social-care").orElseThrow().withSystem("crash-" + System.nanoTime());
        Path people = dir.resolve(m.files().get(LegacyType.PERSON).file());
        try (InputStream in = getClass().getResourceAsStream("/legacy/samples/social-care/"
                + m.files().get(LegacyType.PERSON).file())) {
            Files.copy(in, people);
        }
        Map<LegacyType, Path> files = Map.of(LegacyType.PERSON, people);
        List<String> ids = sourceIds(m, people);
        List<String> firstBatch = ids.subList(0, BATCH);
        List<String> secondBatch = ids.subList(BATCH, 2 * BATCH);
        String held = secondBatch.get(BATCH / 2);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<LegacyReport> importing;
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            holdKey(hold, m.system(), held);
            importing = pool.submit(() -> legacyImport.run(m, files, "admin", p -> { }, BATCH));

            int importer = waitUntilWaitingOn(backendPid(hold), Duration.ofSeconds(60));
            // Mid-way for certain: the batch in flight has written people (it holds person's write lock) ...
            assertThat(jdbc.sql("""
                            select count(*) from pg_locks
                             where pid = :pid and relation = 'person'::regclass and mode = 'RowExclusiveLock'""")
                    .param("pid", importer).query(Long.class).single()).isEqualTo(1);
            // ... and the batch before it is committed.
            assertThat(recorded(m, firstBatch)).isPositive();

            assertThat(jdbc.sql("select pg_terminate_backend(:pid)").param("pid", importer)
                    .query(Boolean.class).single()).isTrue();
            hold.rollback();
        }
        assertThatThrownBy(() -> importing.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        pool.shutdownNow();

        long afterCrash = recorded(m, ids);
        assertThat(recorded(m, firstBatch)).as("the committed batch is all there").isEqualTo(afterCrash);
        assertThat(recorded(m, secondBatch)).as("nothing of the batch that was killed").isZero();
        assertThat(people(m)).as("no person without its legacy record").isEqualTo(afterCrash);

        LegacyReport again = legacyImport.run(m, files, "admin", p -> { });
        LegacyReport.Count count = again.counts().stream().filter(c -> c.type() == LegacyType.PERSON)
                .findFirst().orElseThrow();
        assertThat(count.already()).isEqualTo(afterCrash);
        assertThat(count.created() + count.already()).isEqualTo(226);
        assertThat(people(m)).isEqualTo(226);
        assertThat(recorded(m, ids)).isEqualTo(226);
        assertThat(recorded(m, secondBatch)).isPositive();
        assertThat(jdbc.sql("""
                        select count(*) from (select target_id from legacy_record where source_system = :s
                                               group by target_id having count(*) > 1) twice""")
                .param("s", m.system()).query(Long.class).single()).isZero();
    }

    /** Every row's source id in file order, whether or not the row will be accepted. */
    private static List<String> sourceIds(LegacyMapping m, Path file) throws Exception {
        LegacyFields fields = new LegacyFields(m, LocalDate.now());
        List<String> ids = new ArrayList<>();
        try (LegacyRows rows = LegacyImport.open(m, fields, LegacyType.PERSON, file)) {
            for (LegacyRow row = rows.next(); row != null; row = rows.next()) {
                String id;
                try {
                    id = fields.id(LegacyType.PERSON, row);
                } catch (LegacyFields.Rejected e) {
                    id = "(none on line " + row.line() + ")";
                }
                ids.add(id);
            }
        }
        assertThat(ids).hasSizeGreaterThan(2 * BATCH);
        return ids;
    }

    /** Inserts, uncommitted, the key the import will need for {@code sourceId}, so the import waits for us there. */
    private static void holdKey(Connection c, String system, String sourceId) throws Exception {
        long run;
        try (PreparedStatement s = c.prepareStatement(
                "insert into legacy_run (source_system, dry_run, started_by) values (?, false, 'crash test') returning id")) {
            s.setString(1, system);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                run = rs.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into legacy_record (source_system, source_type, source_id, target_id, run_id)
                values (?, 'PERSON', ?, 0, ?)""")) {
            s.setString(1, system);
            s.setString(2, sourceId);
            s.setLong(3, run);
            s.executeUpdate();
        }
    }

    private static int backendPid(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select pg_backend_pid()"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The import's backend once it is blocked by our transaction while writing legacy records. */
    private int waitUntilWaitingOn(int holder, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            Optional<Integer> pid = jdbc.sql("""
                            select pid from pg_stat_activity
                             where :holder = any(pg_blocking_pids(pid)) and query ilike '%insert into legacy_record%'""")
                    .param("holder", holder).query(Integer.class).optional();
            if (pid.isPresent()) {
                return pid.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never reached the held row");
    }

    private long recorded(LegacyMapping m, List<String> ids) {
        return jdbc.sql("""
                        select count(*) from legacy_record
                         where source_system = :s and source_type = 'PERSON' and source_id in (:ids)""")
                .param("s", m.system()).param("ids", ids).query(Long.class).single();
    }

    private long people(LegacyMapping m) {
        return jdbc.sql("select count(*) from person where created_by = :by")
                .param("by", LegacyWriter.importer(m.system())).query(Long.class).single();
    }
}
