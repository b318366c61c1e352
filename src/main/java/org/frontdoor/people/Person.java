package org.frontdoor.people;

import java.time.LocalDate;

public record Person(long id, String firstName, String lastName, LocalDate dateOfBirth, String sex, String ethnicity,
                     String nhsNumber, String address, String postcode) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
