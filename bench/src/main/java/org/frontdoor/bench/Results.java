package org.frontdoor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Prints a benchmark's figures and writes them to bench/results/{run}-{name}.txt (the directory is gitignored). */
final class Results {

    private static final String RUN = System.getProperty("bench.run", "").isBlank()
            ? LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
            : System.getProperty("bench.run");

    private Results() {
    }

    static void publish(String name, String text) {
        System.out.println();
        System.out.println(text);
        Path file = BenchDataset.benchDir().resolve("results").resolve(RUN + "-" + name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[bench] Written to " + file);
    }

    /** The 1-minute load average (Linux), or NaN where there is none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * The lines every result starts with: when, on what, and how busy the machine was. Interleaving keeps the ratios
     * fair between the two sides, but not on a busy machine: a 40 ms query is preempted far more often than a 0.3 ms
     * one, so a load above the cores inflates a ratio too. Such results say so.
     */
    static String machine(JdbcClient jdbc, double loadBefore) {
        String pg = jdbc.sql("show server_version").query(String.class).single();
        int cores = Runtime.getRuntime().availableProcessors();
        double loadAfter = loadAverage();
        String text = String.format(Locale.UK,
                "%s UTC · %d cores · Java %s · PostgreSQL %s (embedded) · load average %.1f → %.1f%n",
                LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), cores,
                System.getProperty("java.version"), pg, loadBefore, loadAfter);
        if (Math.max(loadBefore, loadAfter) > cores) {
            text += "WARNING: the machine was busy (load above its %d cores): even the ratios are unreliable%n"
                    .formatted(cores);
        }
        return text;
    }
}
