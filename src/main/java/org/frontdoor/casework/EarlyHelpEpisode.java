package org.frontdoor.casework;

import java.time.LocalDate;

/**
 * An early help episode as its page shows it: where it came from (a MASH step down through {@code transferId} and
 * its contact, or an assessment ending in early help) and where it went (a step up to a new contact).
 */
public record EarlyHelpEpisode(long id, long personId, String childName, String leadPractitioner, String leadName,
                               LocalDate startedOn, Long transferId, Long contactId, Long decisionId,
                               Long steppedDownFrom, LocalDate assessmentOn, String assessmentSummary, String outcome,
                               LocalDate endedOn, Long steppedUpContact, int version) {

    public boolean open() {
        return endedOn == null;
    }

    /** A step down from an assessment waits for an early help practitioner to take the lead. */
    public boolean awaitingLead() {
        return CaseworkHandOn.UNALLOCATED.equals(leadPractitioner) && open();
    }

    public String outcomeLabel() {
        EarlyHelpOutcome o = EarlyHelpOutcome.parse(outcome);
        return o == null ? "" : o.label();
    }

    /** A member of the family the episode works with. */
    public record Member(long personId, String name, LocalDate dateOfBirth, String relationship) {
        public String relationshipLabel() {
            return switch (relationship) {
                case "CHILD" -> "The child";
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

    /** A team around the family review. */
    public record Review(long id, LocalDate heldOn, String note, LocalDate nextOn, String byName) {
    }
}
