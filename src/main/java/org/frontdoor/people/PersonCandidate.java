package org.frontdoor.people;

import java.time.LocalDate;
import java.util.List;

/** Someone in the person index who may be the person searched for, best first; {@code score} is 0 to 100. */
public record PersonCandidate(long personId, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                              String nhsNumber, String postcode, int score, List<String> reasons) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** "943 476 5919", as printed on NHS letters. */
    public String nhsNumberSpaced() {
        return nhsNumber == null || nhsNumber.length() != 10 ? nhsNumber
                : nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    public String sexLabel() {
        return switch (sex == null ? "U" : sex) {
            case "M" -> "Male";
            case "F" -> "Female";
            default -> "Not known";
        };
    }
}
