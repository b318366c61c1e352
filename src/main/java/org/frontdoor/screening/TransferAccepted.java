package org.frontdoor.screening;

import java.time.Instant;

/**
 * A team beyond the door has taken a child on. Published inside the accepting transaction, so the work the team
 * starts (an assessment, a strategy discussion, an early help episode) exists exactly when the acceptance does.
 */
public record TransferAccepted(long transferId, long decisionId, long personId, Long referralId,
                               DecisionOutcome outcome, Instant signedOffAt, String acceptedBy, Instant acceptedAt) {
}
