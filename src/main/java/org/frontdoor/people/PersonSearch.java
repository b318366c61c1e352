package org.frontdoor.people;

import java.time.LocalDate;

/** What is known of someone being looked for in the person index; any part may be blank. */
public record PersonSearch(String firstName, String lastName, LocalDate dateOfBirth, String nhsNumber,
                           String postcode) {

    public PersonSearch {
        firstName = trimToNull(firstName);
        lastName = trimToNull(lastName);
        nhsNumber = trimToNull(NhsNumber.normalise(nhsNumber));
        postcode = trimToNull(postcode);
    }

    /** A search needs a name or an NHS number: a date of birth or postcode alone would offer strangers. */
    public boolean isSearchable() {
        return firstName != null || lastName != null || nhsNumber != null;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
