package org.frontdoor.access;

import java.time.Instant;

/** A partner system's API key as administrators see it: never the key itself, only its first characters. */
public record ApiClient(long id, String agencyCode, String agencyName, String name, String keyPrefix,
                        String createdBy, Instant createdAt, Instant revokedAt, String revokedBy,
                        Instant lastUsedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
