package org.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One Signs of Safety mapping meeting, numbered 1, 2, 3... per child so scores can be followed over time. */
public record SignsOfSafetyMapping(long id, long personId, Long assessmentId, int number, LocalDate meetingOn,
                                   String harm, String dangerStatements, String complicatingFactors,
                                   String existingSafety, String strengths, String safetyGoals, String nextSteps,
                                   String childWorries, String childGoodThings, String childDreams, String createdBy,
                                   String createdByName, Instant createdAt, List<Score> scores) {

    /** Who can give a scaling score. */
    public enum GivenBy {
        WORKER("Worker"), PARENT("Parent"), PARTNER("Partner agency"), CHILD("Child");

        private final String label;

        GivenBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static GivenBy parse(String s) {
            for (GivenBy g : values()) {
                if (g.name().equals(s)) {
                    return g;
                }
            }
            return null;
        }
    }

    /** A scaling score: 0 means the child will certainly be harmed, 10 that everyone is confident the child is safe. */
    public record Score(GivenBy givenBy, String name, int score) {
    }

    SignsOfSafetyMapping withScores(List<Score> s) {
        return new SignsOfSafetyMapping(id, personId, assessmentId, number, meetingOn, harm, dangerStatements,
                complicatingFactors, existingSafety, strengths, safetyGoals, nextSteps, childWorries, childGoodThings,
                childDreams, createdBy, createdByName, createdAt, s);
    }
}
