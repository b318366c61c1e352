package org.frontdoor.people;

import java.time.LocalDate;

/** A person added to the index, for example from a contact that named someone not yet known. */
public record NewPerson(String firstName, String lastName, LocalDate dateOfBirth, String sex, String nhsNumber,
                        String postcode) {
}
