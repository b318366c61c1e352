package org.frontdoor.screening;

import java.time.Instant;

/** A decision on one child's contact, with who made it and who oversaw it (display names joined in). */
public record Decision(long id, long contactSubjectId, long contactId, Long personId, String childName,
                       DecisionOutcome outcome, int thresholdLevel, Long thresholdVersionId, Integer suggestedLevel,
                       String departureReason, String rationale, String riskAnalysis, String multiAgencyView,
                       boolean childViewsSought, String childViewsReason, DecisionStatus status, String decidedBy,
                       String decidedByName, Instant decidedAt, String overseenBy, String overseenByName,
                       Instant overseenAt, String oversightComment, int version) {

    public boolean signedOff() {
        return status == DecisionStatus.SIGNED_OFF;
    }

    /** One oversight step, as kept in the history: returns with their reasons, then the sign-off. */
    public record Step(String action, String manager, String managerName, Instant at, String comment) {
        public boolean returned() {
            return "RETURNED".equals(action);
        }
    }

    /** A parent's or carer's views: sought, or why not. */
    public record ParentView(long contactSubjectId, String name, boolean sought, String reason) {
    }
}
