package org.frontdoor.demo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of contact_subject: someone a contact names, as the referrer gave them. {@code personId} is the person the
 * worker linked them to (null when not linked); {@code decisionDueAt} is set for children only.
 */
record DemoSubject(long id, long contactId, String role, String firstName, String lastName, LocalDate dateOfBirth,
                   String sex, String nhsNumber, String postcode, boolean careLeaver, Long personId, String linkedBy,
                   Instant linkedAt, Instant decisionDueAt) {
}
