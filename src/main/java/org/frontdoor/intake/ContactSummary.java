package org.frontdoor.intake;

import java.time.Instant;

/** One line of a child's contact history. */
public record ContactSummary(long id, Instant receivedAt, String sourceCode, String referrerAgency, String worries,
                             boolean immediateDanger, Consent consent) {

    public String sourceLabel() {
        return ReferralSource.ofCode(sourceCode).label();
    }
}
