package org.frontdoor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.frontdoor.demo.DemoData;
import org.frontdoor.demo.DemoOptions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data every benchmark runs against: a large borough's two years, always the same (fixed seed and end date), or
 * as many years as {@code -Dbench.years} asks for (5 gives the large authority, about 250,000 contacts).
 *
 * <p>Its database directory is named after a hash of the schema migrations, the demo generator's sources and these
 * options, so a changed schema or generator gets a fresh directory (and one slow load) instead of a stale or
 * unmigratable one; older directories are deleted.
 */
final class BenchDataset {

    static final DemoOptions OPTIONS = new DemoOptions(42, Integer.getInteger("bench.years", 2),
            DemoOptions.Size.LARGE, LocalDate.of(2026, 11, 1));

    private static volatile boolean ready;

    private BenchDataset() {
    }

    /** bench/, as the Maven profile passes it (bench.dir), or ./bench when run some other way. */
    static Path benchDir() {
        return Path.of(System.getProperty("bench.dir", "bench")).toAbsolutePath().normalize();
    }

    /** -Dbench.data-dir overrides; otherwise bench/work/postgres-{years}y-{hash of what makes the data}. */
    static Path dataDir() {
        String given = System.getProperty("bench.data-dir", "");
        if (!given.isBlank()) {
            return Path.of(given).toAbsolutePath();
        }
        Path work = benchDir().resolve("work");
        Path dir = work.resolve(prefix() + fingerprint());
        deleteOthers(work, dir);
        return dir;
    }

    /** Loads the borough unless the database already holds people; then the baseline's index and fresh statistics. */
    static synchronized void ensureLoaded(DemoData demo, JdbcClient jdbc) throws SQLException {
        if (ready) {
            return;
        }
        long people = demo.people();
        if (people == 0) {
            System.out.println("[bench] Loading the benchmark borough " + OPTIONS
                    + " (once per schema and generator version): a minute or two for every two years...");
            System.out.println("[bench] " + demo.load(OPTIONS, true));
        } else {
            System.out.println("[bench] Reusing the benchmark borough in " + dataDir() + ": " + people + " people");
        }
        // What a naive system would index for its exact lookup: surname and date of birth together.
        jdbc.sql("create index if not exists bench_person_last_name_dob on person (lower(last_name), date_of_birth)")
                .update();
        jdbc.sql("vacuum (analyze) person, relationship, contact, contact_subject").update();
        ready = true;
    }

    private static String fingerprint() {
        Path project = benchDir().getParent();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(OPTIONS.toString().getBytes(StandardCharsets.UTF_8));
            for (String dir : List.of("src/main/resources/db/migration", "src/main/java/org/frontdoor/demo",
                    "src/main/resources/demo")) {
                Path root = project.resolve(dir);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(project.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String prefix() {
        return "postgres-" + OPTIONS.years() + "y-";
    }

    /**
     * Older databases of a borough of the same years: a gigabyte or so each. Left alone while a server may be
     * running on one.
     */
    private static void deleteOthers(Path work, Path keep) {
        if (!Files.isDirectory(work)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(work)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(prefix()) && !d.equals(keep))
                    .filter(d -> !Files.exists(d.resolve("postmaster.pid"))).toList()) {
                System.out.println("[bench] Deleting the out-of-date benchmark database " + dir);
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
