package org.frontdoor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** A row of the person table. {@code nhsNumber} and the others that may be unknown are null when they are. */
record DemoPerson(long id, String firstName, String lastName, String otherNames, LocalDate dateOfBirth,
                         String sex, String ethnicity, String nhsNumber, String firstLanguage, Addresses.Home home,
                         Instant createdAt, String createdBy) {

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** Born by then and not yet 18. */
    public boolean isChildOn(LocalDate day) {
        return !dateOfBirth.isAfter(day) && ageOn(day) < 18;
    }
}
