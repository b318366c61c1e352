package org.frontdoor.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.UserRepository;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.people.NewPerson;
import org.frontdoor.people.NhsNumber;
import org.frontdoor.people.PersonRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a contact from any route: checks it, then saves it with one decision clock per child. Recording twice
 * (a double-clicked form, a partner system retrying) returns the first contact instead of making a second.
 */
@Service
public class ContactRecorder {

    public record Recorded(long contactId, boolean alreadyRecorded) {
    }

    private final JdbcClient jdbc;
    private final ContactRules rules;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;
    private final UserRepository users;
    private final AccessLog accessLog;
    private final PersonRepository people;

    ContactRecorder(JdbcClient jdbc, WorkingCalendar calendar, ZoneId zone, Clock clock, UserRepository users,
                    AccessLog accessLog, PersonRepository people) {
        this.people = people;
        this.jdbc = jdbc;
        this.rules = new ContactRules(zone);
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
        this.users = users;
        this.accessLog = accessLog;
    }

    /** Saves the contact, or throws {@link ContactRejected} having saved nothing. */
    @Transactional
    public Recorded record(NewContact c, String recordedBy) {
        Optional<Long> earlier = earlier(c);
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), true);
        }
        List<FieldProblem> problems = new ArrayList<>(rules.check(c, clock.instant()));
        checkAgainstRecords(c, problems);
        if (!problems.isEmpty()) {
            throw new ContactRejected(problems);
        }
        c = c.withSubjects(c.subjects().stream().map(s -> s.newPerson() ? s.withPersonId(people.create(new NewPerson(
                s.firstName(), s.lastName(), s.dateOfBirth(), s.sex(), s.nhsNumber(), s.postcode()), recordedBy)) : s)
                .toList());
        Optional<Long> inserted = insertContact(c, recordedBy);
        if (inserted.isEmpty()) {
            // A simultaneous identical request won the race: its contact is this one.
            return new Recorded(earlier(c).orElseThrow(), true);
        }
        long id = inserted.get();
        Instant due = ClockRule.CONTACT_DECISION.due(c.receivedAt().atZone(zone), calendar).toInstant();
        for (NewContact.Subject s : c.subjects()) {
            insertSubject(id, s, s.role().isChild() ? due : null, recordedBy);
        }
        linkFamily(c, recordedBy);
        for (NewContact.Subject child : c.children()) {
            if (child.personId() != null) {
                accessLog.record(AccessLog.Action.CHANGE, "Recorded contact " + id, child.personId());
            }
        }
        if (c.children().stream().allMatch(s -> s.personId() == null)) {
            accessLog.record(AccessLog.Action.CHANGE, "Recorded contact " + id + " (children not yet matched)", null);
        }
        return new Recorded(id, false);
    }

    private Optional<Long> earlier(NewContact c) {
        if (c.formToken() != null) {
            return jdbc.sql("select id from contact where form_token = :t").param("t", c.formToken())
                    .query(Long.class).optional();
        }
        if (c.partnerAgency() != null && c.partnerReference() != null) {
            return jdbc.sql("select id from contact where partner_agency = :a and partner_reference = :r")
                    .param("a", c.partnerAgency()).param("r", c.partnerReference().strip()).query(Long.class).optional();
        }
        return Optional.empty();
    }

    /** The checks that need the database: linked people exist, the authorising manager is a manager. */
    private void checkAgainstRecords(NewContact c, List<FieldProblem> problems) {
        for (int i = 0; i < c.subjects().size(); i++) {
            int idx = i;
            Long personId = c.subjects().get(i).personId();
            if (personId != null && !personExists(personId)) {
                problems.add(new FieldProblem("subjects[" + i + "].personId",
                        "Person " + personId + " is not in the person index (or was merged): search again"));
            }
            String nhs = c.subjects().get(i).nhsNumber();
            if (c.subjects().get(i).newPerson() && nhs != null && !nhs.isBlank()) {
                jdbc.sql("select id from person where nhs_number = :nhs").param("nhs", NhsNumber.normalise(nhs))
                        .query(Long.class).optional().ifPresent(existing -> problems.add(new FieldProblem(
                                "subjects[" + idx + "].nhsNumber", "NHS number " + nhs + " belongs to record "
                                + existing + ": remove this person and add them again, choosing that record")));
            }
        }
        NewContact.ConsentRecord consent = c.consent();
        // A partner's own manager authorises their agency's decision; only the MASH's own need to be MASH managers.
        boolean mashRoute = c.route() != null && c.route().recordedByWorker();
        if (mashRoute && consent != null && consent.status() == Consent.DISPENSED_WITH
                && !ContactRules.blank(consent.authorisedBy()) && !isManager(consent.authorisedBy())) {
            problems.add(new FieldProblem("consent.authorisedBy",
                    "Dispensing with consent must be authorised by a MASH team manager"));
        }
    }

    boolean isManager(String username) {
        return users.findByUsername(username).filter(u -> u.enabled() && u.roles().contains(Role.MASH_MANAGER))
                .isPresent();
    }

    private boolean personExists(long personId) {
        return jdbc.sql("select count(*) from person where id = :id and merged_into is null").param("id", personId)
                .query(Long.class).single() > 0;
    }

    private Optional<Long> insertContact(NewContact c, String recordedBy) {
        NewContact.Referrer r = c.referrer() == null ? new NewContact.Referrer(null, null, null, null, null) : c.referrer();
        NewContact.ConsentRecord consent = c.consent();
        return jdbc.sql("""
                        insert into contact (received_at, recorded_at, recorded_by, route, source_code, referrer_name,
                                             referrer_agency, referrer_role, referrer_phone, referrer_email, worries,
                                             referrer_actions, immediate_danger, partner_agency, partner_reference,
                                             form_token, father_not_known_reason, consent, consent_given_by,
                                             consent_given_at, consent_reason, consent_authorised_by)
                        values (:received, :now, :by, :route, :source, :rname, :ragency, :rrole, :rphone, :remail,
                                :worries, :actions, :danger, :pagency, :pref, :token, :father, :consent, :givenBy,
                                :givenAt, :reason, :authorisedBy)
                        on conflict do nothing
                        returning id""")
                .param("received", java.sql.Timestamp.from(c.receivedAt()))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("by", recordedBy).param("route", c.route().name()).param("source", c.sourceCode())
                .param("rname", trim(r.name())).param("ragency", trim(r.agency())).param("rrole", trim(r.role()))
                .param("rphone", trim(r.phone())).param("remail", trim(r.email()))
                .param("worries", c.worries().strip()).param("actions", trim(c.referrerActions()))
                .param("danger", c.immediateDanger()).param("pagency", c.partnerAgency())
                .param("pref", trim(c.partnerReference())).param("token", c.formToken())
                .param("father", c.namesFather() ? null : trim(c.fatherNotKnownReason()))
                .param("consent", consent.status().name()).param("givenBy", trim(consent.givenBy()))
                .param("givenAt", consent.givenAt() == null ? null : java.sql.Timestamp.from(consent.givenAt()))
                .param("reason", trim(consent.reason())).param("authorisedBy", trim(consent.authorisedBy()))
                .query(Long.class).optional();
    }

    private void insertSubject(long contactId, NewContact.Subject s, Instant due, String by) {
        jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name, date_of_birth, sex,
                                                     nhs_number, postcode, care_leaver, person_id, linked_by,
                                                     linked_at, decision_due_at)
                        values (:contact, :role, :first, :last, :dob, :sex, :nhs, :postcode, :careLeaver, :person,
                                :linkedBy, :linkedAt, :due)""")
                .param("contact", contactId).param("role", s.role().name()).param("first", s.firstName().strip())
                .param("last", s.lastName().strip()).param("dob", s.dateOfBirth())
                .param("sex", s.sex() == null ? "U" : s.sex())
                .param("nhs", s.nhsNumber() == null || s.nhsNumber().isBlank() ? null : NhsNumber.normalise(s.nhsNumber()))
                .param("postcode", trim(s.postcode() == null ? null : s.postcode().toUpperCase()))
                .param("careLeaver", s.careLeaver()).param("person", s.personId())
                .param("linkedBy", s.personId() == null ? null : by)
                .param("linkedAt", s.personId() == null ? null : java.sql.Timestamp.from(clock.instant()))
                .param("due", due == null ? null : java.sql.Timestamp.from(due))
                .update();
    }

    /** Adults matched to the person index become the children's mother, father, carer... there too. */
    private void linkFamily(NewContact c, String by) {
        for (NewContact.Subject adult : c.subjects()) {
            if (adult.role().isChild() || adult.personId() == null) {
                continue;
            }
            for (NewContact.Subject child : c.children()) {
                if (child.personId() != null && !child.personId().equals(adult.personId())) {
                    jdbc.sql("""
                                    insert into relationship (person_id, related_person_id, relationship, created_by)
                                    values (:child, :adult, :rel, :by) on conflict do nothing""")
                            .param("child", child.personId()).param("adult", adult.personId())
                            .param("rel", adult.role().name()).param("by", by).update();
                }
            }
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
