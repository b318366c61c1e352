package org.frontdoor.legacy;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dry run would do or an import did: per kind of record, rows in the file, created (or to be created),
 * already imported by an earlier run, rejected; each rejected row with its line and why; the people who look like
 * someone already in the index. {@code fileProblems} non-empty means nothing was imported.
 */
public record LegacyReport(Long runId, String system, String label, boolean dryRun, List<String> fileProblems,
                           List<Count> counts, List<Rejection> rejections, int rejectionsTotal,
                           List<Match> matches, int matchesTotal) {

    public record Count(LegacyType type, int inFile, int created, int already, int rejected) {
    }

    public record Rejection(LegacyType type, int line, String sourceId, String reason) {
    }

    /** An imported (or to be imported) person and the best existing record they may be. */
    public record Match(String sourceId, String name, LocalDate dateOfBirth, long personId, String personName,
                        int score, List<String> reasons) {
    }

    public boolean rejectedWhole() {
        return !fileProblems.isEmpty();
    }

    public int total(java.util.function.ToIntFunction<Count> what) {
        return counts.stream().mapToInt(what).sum();
    }
}
