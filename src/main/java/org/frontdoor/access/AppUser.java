package org.frontdoor.access;

import java.time.Instant;
import java.util.Set;

/** A person who signs in. Partner practitioners carry the agency they work for. */
public record AppUser(long id, String username, String displayName, String email, String passwordHash,
                      String agencyCode, String team, boolean enabled, int failedAttempts, Instant lockedUntil,
                      Set<Role> roles, int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
