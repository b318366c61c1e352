package org.frontdoor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own pg_dump and pg_restore, of a major at least the server's: pg_dump refuses a newer server.
 * Debian 12's client is 15, so .ci/pg-client-17 installs 17's; this finds whichever is there.
 */
final class PgClient {

    static final String INSTALL = "run `sudo bash .ci/pg-client-17` (CI's .ci/run does)";

    private static final Pattern VERSION = Pattern.compile("\\) (\\d+)\\.");

    private final Path bin;
    private final int port;

    private PgClient(Path bin, int port) {
        this.bin = bin;
        this.port = port;
    }

    /** Fails in CI, where .ci/run installs the client; elsewhere skips the test and says how to install it. */
    static PgClient forServer(int serverMajor, int port) {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("FRONTDOOR_PG_BIN");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        for (int major = serverMajor + 3; major >= serverMajor; major--) {
            candidates.add(Path.of("/usr/lib/postgresql/" + major + "/bin"));
        }
        candidates.add(Path.of("/opt/postgresql-client-" + serverMajor + "/bin"));
        for (Path dir : candidates) {
            if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))
                    && major(dir.resolve("pg_dump")) >= serverMajor) {
                return new PgClient(dir, port);
            }
        }
        String message = "The backup/restore test needs pg_dump and pg_restore " + serverMajor + " or newer (looked in "
                + candidates + "): " + INSTALL;
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        abort(message);
        return null;
    }

    void dump(String database, String snapshot, Path file) {
        run("pg_dump", "--format=custom", "--snapshot=" + snapshot, "--file=" + file, "--dbname=" + database);
    }

    /** Into an empty database. */
    void restore(String database, Path file) {
        run("pg_restore", "--exit-on-error", "--no-owner", "--dbname=" + database, file.toString());
    }

    /** Over a database the app has just made (the embedded default): each object is dropped, then restored. */
    void restoreOver(String database, Path file) {
        run("pg_restore", "--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner",
                "--dbname=" + database, file.toString());
    }

    private void run(String tool, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve(tool).toString(), "--host=localhost",
                "--port=" + port, "--username=postgres", "--no-password"));
        command.addAll(List.of(args));
        String output = execute(command);
        assertThat(output).as(tool + " wrote no warning or error").isEmpty();
    }

    private static int major(Path pgDump) {
        Matcher m = VERSION.matcher(execute(List.of(pgDump.toString(), "--version")));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String execute(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", "postgres");
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(command.get(0) + " took more than five minutes");
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
