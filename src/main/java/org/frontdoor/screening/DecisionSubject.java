package org.frontdoor.screening;

import java.time.Instant;
import java.time.LocalDate;

/** The child's contact a decision is about, with what the decision form and the hand-on need from the contact. */
public record DecisionSubject(long id, long contactId, String firstName, String lastName, LocalDate dateOfBirth,
                              Long personId, Instant decisionDueAt, Instant receivedAt, String sourceCode,
                              String referrerEmail, String partnerAgency) {
    public String name() {
        return firstName + " " + lastName;
    }

    /** "A. B.": all a referrer's email says about who the decision is for. */
    public String initials() {
        return initial(firstName) + " " + initial(lastName);
    }

    private static String initial(String s) {
        return s == null || s.isBlank() ? "" : s.strip().substring(0, 1).toUpperCase() + ".";
    }
}
