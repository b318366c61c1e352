package org.frontdoor.quality;

import java.time.Instant;

/** A case file audit as stored; {@code version} and who last saved it, for the form a second tab holds. */
public record Audit(long id, long templateId, long contactSubjectId, Long batchId, String sampleMethod, Long sampleSeed,
                    String auditor, String auditorName, boolean live, String status, String overallGrade,
                    String overallRationale, String learning, Instant startedAt, Instant completedAt, int version,
                    String updatedByName, Instant updatedAt) {

    public boolean completed() {
        return status.equals("COMPLETED");
    }

    public Grade grade() {
        return Grade.parse(overallGrade);
    }

    public String sampleLabel() {
        return switch (sampleMethod) {
            case "RANDOM" -> "Random sample stratified by team and outcome, seed " + sampleSeed;
            case "DIP" -> "Dip sample, seed " + sampleSeed;
            default -> "Chosen by hand";
        };
    }
}
