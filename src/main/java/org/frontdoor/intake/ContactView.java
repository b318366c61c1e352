package org.frontdoor.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contact as the MASH reads it: consent first, then who made it, the worries and everyone it names. */
public record ContactView(long id, Instant receivedAt, Instant recordedAt, String recordedBy, Route route,
                          String sourceCode, String referrerName, String referrerAgency, String referrerRole,
                          String referrerPhone, String referrerEmail, String worries, String referrerActions,
                          boolean immediateDanger, String partnerAgency, String partnerReference,
                          String fatherNotKnownReason, Consent consent, String consentGivenBy, Instant consentGivenAt,
                          String consentReason, String consentAuthorisedBy, String overrideReason,
                          String overrideManager, Instant overriddenAt) {

    public record Subject(long id, SubjectRole role, String firstName, String lastName, LocalDate dateOfBirth,
                          String sex, String nhsNumber, String postcode, boolean careLeaver, Long personId,
                          String linkedBy, Instant decisionDueAt) {
        public String name() {
            return firstName + " " + lastName;
        }
    }

    public String sourceLabel() {
        return ReferralSource.ofCode(sourceCode).label();
    }

    public boolean overridden() {
        return overriddenAt != null;
    }

    /** The tag colour the consent status shows in: amber where the family has not agreed and nobody has said why. */
    public String consentTag() {
        return switch (consent) {
            case GIVEN -> "govuk-tag--green";
            case REFUSED -> overridden() ? "govuk-tag--purple" : "govuk-tag--red";
            case NOT_SOUGHT -> "govuk-tag--orange";
            case DISPENSED_WITH -> "govuk-tag--blue";
        };
    }

    public static List<Subject> children(List<Subject> subjects) {
        return subjects.stream().filter(s -> s.role() == SubjectRole.CHILD).toList();
    }
}
