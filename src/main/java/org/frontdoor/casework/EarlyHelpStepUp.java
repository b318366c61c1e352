package org.frontdoor.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.AppUser;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.access.UserRepository;
import org.frontdoor.intake.Consent;
import org.frontdoor.intake.ContactRecorder;
import org.frontdoor.intake.ContactRejected;
import org.frontdoor.intake.FieldProblem;
import org.frontdoor.intake.NewContact;
import org.frontdoor.intake.ReferralSource;
import org.frontdoor.intake.Route;
import org.frontdoor.intake.SubjectRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps a family up from early help to children's social care through the one front door: a new contact about the
 * child (source 5D, early help), recorded as any other, so it joins the MASH queue and the child keeps one history.
 * The episode ends as stepped up and links to the contact; the contact and episode are saved together or not at all.
 */
@Service
public class EarlyHelpStepUp {

    /** The episode ended or changed while the practitioner was writing; nothing was saved. */
    public static class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    private record Adult(long personId, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                         String nhsNumber, String postcode, String relationship) {
    }

    private final JdbcClient jdbc;
    private final EarlyHelpEpisodes episodes;
    private final ContactRecorder recorder;
    private final UserRepository users;
    private final AccessLog accessLog;
    private final ZoneId zone;
    private final Clock clock;

    EarlyHelpStepUp(JdbcClient jdbc, EarlyHelpEpisodes episodes, ContactRecorder recorder, UserRepository users,
                    AccessLog accessLog, ZoneId zone, Clock clock) {
        this.jdbc = jdbc;
        this.episodes = episodes;
        this.recorder = recorder;
        this.users = users;
        this.accessLog = accessLog;
        this.zone = zone;
        this.clock = clock;
    }

    /** Returns the new contact's id; throws {@link ContactRejected} or {@link Conflict} having saved nothing. */
    @Transactional
    public long stepUp(long episodeId, EarlyHelpForm form, SignedInUser practitioner) {
        EarlyHelpEpisode e = episodes.find(episodeId).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<FieldProblem> problems = new ArrayList<>(EarlyHelpRules.stepUp(e.startedOn(), today, form.getWorries()));
        if (!problems.isEmpty()) {
            throw new ContactRejected(problems);
        }
        if (!e.open()) {
            throw new Conflict(e.steppedUpContact() != null ? "This episode has already been stepped up"
                    : "This episode has already ended");
        }
        ContactRecorder.Recorded recorded = recorder.record(contact(e, form, practitioner), practitioner.getUsername());
        if (!episodes.steppedUp(episodeId, form.getVersion(), recorded.contactId(), today,
                practitioner.getUsername())) {
            throw new Conflict("Someone else changed this episode while you were writing: check it and try again");
        }
        accessLog.record(AccessLog.Action.CHANGE, "Stepped up early help episode " + episodeId + " to contact "
                + recorded.contactId(), e.personId());
        return recorded.contactId();
    }

    private NewContact contact(EarlyHelpEpisode e, EarlyHelpForm form, SignedInUser practitioner) {
        String email = users.findByUsername(practitioner.getUsername()).map(AppUser::email).orElse(null);
        List<NewContact.Subject> subjects = new ArrayList<>();
        Adult child = jdbc.sql("""
                        select id as person_id, first_name, last_name, date_of_birth, sex, nhs_number, postcode,
                               'CHILD' as relationship
                          from person where id = :p""")
                .param("p", e.personId()).query(Adult.class).single();
        subjects.add(subject(SubjectRole.CHILD, child));
        for (Adult a : adults(e.personId())) {
            subjects.add(subject(SubjectRole.valueOf(a.relationship()), a));
        }
        Consent consent = parseConsent(form.getConsent());
        return new NewContact(clock.instant(), Route.PARTNER_FORM, ReferralSource.S5D.code(),
                new NewContact.Referrer(practitioner.displayName(), "Early help", "Lead practitioner", null, email),
                form.getWorries(), "Early help episode " + e.id() + " since " + e.startedOn()
                + (e.assessmentSummary() == null ? "" : ". Early help assessment: " + e.assessmentSummary()),
                false, subjects, form.getFatherNotKnownReason(),
                new NewContact.ConsentRecord(consent, form.getConsentGivenBy(),
                        consent == Consent.GIVEN ? clock.instant() : null, form.getConsentReason(), null),
                "EARLY_HELP", "early-help-episode-" + e.id(), null);
    }

    /**
     * The child's parents and carers as the person index links them, whether or not they live with the child: the
     * MASH needs to know of a father living elsewhere. Siblings are not named; each child has his or her own contact.
     */
    private List<Adult> adults(long childId) {
        return jdbc.sql("""
                        select p.id as person_id, p.first_name, p.last_name, p.date_of_birth, p.sex, p.nhs_number,
                               p.postcode, min(r.relationship) as relationship
                          from relationship r join person p on p.id = r.related_person_id
                         where r.person_id = :child and r.relationship <> 'SIBLING'
                         group by p.id order by p.id""")
                .param("child", childId).query(Adult.class).list();
    }

    /** Who the step-up contact will name, as "Name (Mother)". */
    public List<String> named(EarlyHelpEpisode e) {
        List<String> names = new ArrayList<>(List.of(e.childName() + " (the child)"));
        adults(e.personId()).forEach(a -> names.add(a.firstName() + " " + a.lastName() + " ("
                + SubjectRole.valueOf(a.relationship()).label() + ")"));
        return names;
    }

    /** Does the contact name the child's father? If not, the form asks why. */
    public boolean namesFather(EarlyHelpEpisode e) {
        return adults(e.personId()).stream().anyMatch(a -> a.relationship().equals("FATHER"));
    }

    private static NewContact.Subject subject(SubjectRole role, Adult a) {
        return new NewContact.Subject(role, a.firstName(), a.lastName(), a.dateOfBirth(), a.sex(), a.nhsNumber(),
                a.postcode(), false, a.personId());
    }

    private static Consent parseConsent(String s) {
        for (Consent c : Consent.values()) {
            if (c.name().equals(s)) {
                return c;
            }
        }
        return null;
    }
}
