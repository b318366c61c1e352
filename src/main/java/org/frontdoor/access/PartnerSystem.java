package org.frontdoor.access;

import java.security.Principal;

/**
 * A partner agency's own system, signed in with an API key: never a person, never kept in a session. Its name
 * ("api:POLICE") is what the access log and {@code contact.recorded_by} show.
 */
public record PartnerSystem(long clientId, String agencyCode, String agencyName) implements Principal {

    /** Opens the partner API and nothing else: no web page asks for it, and no user can hold it. */
    public static final String AUTHORITY = "ROLE_PARTNER_SYSTEM";

    @Override
    public String getName() {
        return "api:" + agencyCode;
    }
}
