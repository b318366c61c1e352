package org.frontdoor.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Dry runs and imports started from the admin page, run one at a time in the background so that the page can show
 * their progress. Held in memory: a restart forgets them, and an import it stopped resumes when started again.
 */
@Component
public class LegacyJobs {

    /** One dry run or import: its progress while it runs, then its report or why it failed. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final String label;
        final boolean dryRun;
        volatile LegacyImport.Progress progress;
        volatile LegacyReport report;
        volatile String failure;

        Job(String label, boolean dryRun) {
            this.label = label;
            this.dryRun = dryRun;
        }

        public String getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public boolean isDryRun() {
            return dryRun;
        }

        public LegacyImport.Progress getProgress() {
            return progress;
        }

        public LegacyReport getReport() {
            return report;
        }

        public String getFailure() {
            return failure;
        }

        public boolean isFinished() {
            return report != null || failure != null;
        }

        public int getPercent() {
            LegacyImport.Progress p = progress;
            return p == null || p.total() == 0 ? 0 : (int) (100 * p.done() / p.total());
        }
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "legacy-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final LegacyImport legacyImport;

    LegacyJobs(LegacyImport legacyImport) {
        this.legacyImport = legacyImport;
    }

    /** Starts a job over the files in {@code dir}, which it deletes when done; as the signed-in user. */
    Job start(LegacyMapping mapping, Path dir, boolean dryRun, String username) {
        Job job = new Job(mapping.label(), dryRun);
        jobs.put(job.id, job);
        executor.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                Map<LegacyType, Path> files = mapping.filesIn(dir);
                job.report = dryRun ? legacyImport.dryRun(mapping, files)
                        : legacyImport.run(mapping, files, username, p -> job.progress = p);
            } catch (RuntimeException e) {
                job.failure = "The import stopped: " + e.getMessage() + ". What it had imported stays; start it "
                        + "again to carry on.";
            } finally {
                delete(dir);
            }
        }));
        return job;
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
