package org.frontdoor.access;

import java.util.Set;

/** What an administrator supplies to add a user. */
public record NewUser(String username, String displayName, String email, String agencyCode, String team,
                      Set<Role> roles) {
}
