package org.frontdoor.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact as it arrives, from any route, before it is checked. Field names are the paths {@link ContactRules}
 * uses in its messages, so a web form and the partner API report problems against the same names.
 *
 * @param partnerAgency set when a partner user or system made the contact: only that agency may read it back
 * @param partnerReference the partner's own reference; with partnerAgency, a retried request finds the first contact
 * @param formToken one per form a worker opened; a form submitted twice makes one contact
 */
public record NewContact(Instant receivedAt, Route route, String sourceCode, Referrer referrer, String worries,
                         String referrerActions, boolean immediateDanger, List<Subject> subjects,
                         String fatherNotKnownReason, ConsentRecord consent, String partnerAgency,
                         String partnerReference, UUID formToken) {

    public record Referrer(String name, String agency, String role, String phone, String email) {
    }

    /**
     * A person as the referrer named them; personId once a worker has matched them to the person index, or
     * newPerson when the worker searched the index and found no one (the record is made with the contact).
     */
    public record Subject(SubjectRole role, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                          String nhsNumber, String postcode, boolean careLeaver, Long personId, boolean newPerson) {

        /** Someone not yet matched or created: how partners name people. */
        public Subject(SubjectRole role, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                       String nhsNumber, String postcode, boolean careLeaver, Long personId) {
            this(role, firstName, lastName, dateOfBirth, sex, nhsNumber, postcode, careLeaver, personId, false);
        }

        Subject withPersonId(long id) {
            return new Subject(role, firstName, lastName, dateOfBirth, sex, nhsNumber, postcode, careLeaver, id, false);
        }
    }

    public record ConsentRecord(Consent status, String givenBy, Instant givenAt, String reason, String authorisedBy) {
    }

    NewContact withSubjects(List<Subject> replaced) {
        return new NewContact(receivedAt, route, sourceCode, referrer, worries, referrerActions, immediateDanger,
                replaced, fatherNotKnownReason, consent, partnerAgency, partnerReference, formToken);
    }

    public List<Subject> children() {
        return subjects.stream().filter(s -> s.role() == SubjectRole.CHILD).toList();
    }

    public boolean namesFather() {
        return subjects.stream().anyMatch(s -> s.role() == SubjectRole.FATHER);
    }
}
