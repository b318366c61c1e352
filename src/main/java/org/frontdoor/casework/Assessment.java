package org.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;

/** A single assessment as stored, with the child's name and people's display names joined in. */
public record Assessment(long id, long referralId, long personId, String childName, LocalDate dateOfBirth,
                         Instant referredAt, LocalDate startedOn, LocalDate dueOn, String socialWorker,
                         String socialWorkerName, Instant allocatedAt, LocalDate interimDay10On,
                         LocalDate interimDay25On, LocalDate childSeenOn, LocalDate childSeenAloneOn,
                         String childNotSeenReason, String childVoice, String analysis, String primaryNeed,
                         AssessmentOutcome outcome, LocalDate completedOn, String fatherNotInvolvedReason,
                         String authorisedBy, String authorisedByName, Instant authorisedAt,
                         String authorisationComment, String updatedBy, String updatedByName, Instant updatedAt,
                         int version) {

    public boolean completed() {
        return completedOn != null;
    }

    public boolean authorised() {
        return authorisedAt != null;
    }

    public boolean awaitingAuthorisation() {
        return completed() && !authorised();
    }

    public String primaryNeedLabel() {
        return AssessmentCodes.primaryNeedLabel(primaryNeed);
    }

    public String stage() {
        return authorised() ? "Authorised" : completed() ? "Awaiting authorisation" : "Open";
    }
}
