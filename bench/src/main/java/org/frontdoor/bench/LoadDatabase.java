package org.frontdoor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.demo.DemoData;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load benchmark's own copy of the benchmark borough: made from the shared one while its database is stopped (a
 * cold copy of a PostgreSQL data directory is a consistent one), and thrown away afterwards, so that the contacts,
 * decisions and sign-offs of a load run never reach the data the other benchmarks measure.
 */
final class LoadDatabase {

    private LoadDatabase() {
    }

    /** Loads the borough if need be (without a web server), stops its database, and copies it. */
    static Path prepare() throws Exception {
        Path original = BenchDataset.dataDir();
        if (Files.exists(original.resolve("postmaster.pid"))) {
            throw new IllegalStateException(original + " is in use (postmaster.pid): run mash-load on its own, "
                    + "not in one JVM with the other benchmarks");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FrontdoorApplication.class)
                .web(WebApplicationType.NONE)
                .run("--frontdoor.embedded-postgres.data-dir=" + original, "--frontdoor.embedded-postgres.port=0",
                        "--frontdoor.demo.load-on-empty=false", "--spring.main.banner-mode=off")) {
            BenchDataset.ensureLoaded(app.getBean(DemoData.class), app.getBean(JdbcClient.class));
        }
        Path copy = BenchDataset.benchDir().resolve("work").resolve("load-copy");
        delete(copy);
        Files.createDirectories(copy.getParent()); // bench/work may not exist when -Dbench.data-dir points elsewhere
        System.out.println("[bench] Copying the borough to " + copy + " for the load to write into...");
        try (Stream<Path> files = Files.walk(original)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(original.relativize(from).toString());
                // Directories too, with their attributes: PostgreSQL refuses a data directory others can read.
                if (!from.getFileName().toString().equals("postmaster.pid")) {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    static void discard(Path copy) {
        if (Boolean.getBoolean("bench.keep-copy")) {
            System.out.println("[bench] Kept " + copy);
            return;
        }
        delete(copy);
    }

    private static void delete(Path copy) {
        if (!Files.exists(copy)) {
            return;
        }
        try (Stream<Path> all = Files.walk(copy)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
