package org.frontdoor.quality;

import java.time.Instant;

/** What an auditor reads of a child's contact: the decision, its rationale, oversight, consent and clock. */
public record AuditCase(long subjectId, long contactId, Long personId, String childName, Instant receivedAt,
                        Instant decisionDueAt, String worries, String consent, String consentReason,
                        String outcome, Integer thresholdLevel, String rationale, String riskAnalysis,
                        String multiAgencyView, String decidedBy, String decidedByName, Instant decidedAt,
                        String decisionStatus, String overseenBy, String overseenByName, Instant overseenAt,
                        String oversightComment, String allocatedTo, String team) {

    /** Decided within the one working day, if decided at all. */
    public Boolean decidedInTime() {
        return decidedAt == null ? null : !decidedAt.isAfter(decisionDueAt);
    }
}
