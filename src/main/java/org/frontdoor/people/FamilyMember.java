package org.frontdoor.people;

import java.time.LocalDate;

/** Someone linked to a child, read from the child's side: "Mother", "Father (not known)", "Sibling". */
public record FamilyMember(long personId, String name, LocalDate dateOfBirth, String relationship, boolean livesWith) {

    public String relationshipLabel() {
        return switch (relationship) {
            case "MOTHER" -> "Mother";
            case "FATHER" -> "Father";
            case "STEP_PARENT" -> "Step-parent";
            case "SIBLING" -> "Sibling";
            case "CARER" -> "Carer";
            case "HOUSEHOLD_MEMBER" -> "Household member";
            default -> "Other";
        };
    }
}
