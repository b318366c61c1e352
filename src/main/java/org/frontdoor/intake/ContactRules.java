package org.frontdoor.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontdoor.people.NhsNumber;

/**
 * What every contact must satisfy, whichever route it came by. Plain Java: the web forms and the partner API both
 * call it, and report its problems against the same field names.
 */
public final class ContactRules {

    /** Clocks on partner systems and PCs drift: a few minutes "in the future" is a clock, not a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int CHILD_UNTIL = 18;
    /** Care leavers are supported up to their 25th birthday. */
    static final int CARE_LEAVER_UNTIL = 25;
    static final int MAX_TEXT = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final ZoneId zone;

    public ContactRules(ZoneId zone) {
        this.zone = zone;
    }

    public List<FieldProblem> check(NewContact c, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (c.receivedAt() == null) {
            problems.add(new FieldProblem("receivedAt", "Enter the date and time the contact was received"));
        } else if (c.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("receivedAt", "Date and time received must be now or in the past"));
        } else if (LocalDate.ofInstant(c.receivedAt(), zone).isBefore(today.minusYears(1))) {
            problems.add(new FieldProblem("receivedAt", "Date received must be within the last year"));
        }
        if (c.route() == null) {
            problems.add(new FieldProblem("route", "Select how the contact was received"));
        }
        boolean anonymous = false;
        if (blank(c.sourceCode())) {
            problems.add(new FieldProblem("sourceCode", "Select the referral source"));
        } else if (!ReferralSource.isCode(c.sourceCode())) {
            problems.add(new FieldProblem("sourceCode", "Referral source must be a CIN census code from 1A to 10, not "
                    + c.sourceCode()));
        } else {
            anonymous = c.sourceCode().equals(ReferralSource.S9.code());
        }
        checkReferrer(c.referrer(), anonymous, problems);
        if (blank(c.worries())) {
            problems.add(new FieldProblem("worries", "Enter the worries in the referrer’s words"));
        } else if (c.worries().length() > MAX_TEXT) {
            problems.add(new FieldProblem("worries", "Worries must be " + MAX_TEXT + " characters or fewer"));
        }
        if (c.referrerActions() != null && c.referrerActions().length() > MAX_TEXT) {
            problems.add(new FieldProblem("referrerActions", "What the referrer has done must be " + MAX_TEXT
                    + " characters or fewer"));
        }
        checkSubjects(c, problems);
        checkConsent(c.consent(), now, problems);
        return problems;
    }

    private static void checkReferrer(NewContact.Referrer r, boolean anonymous, List<FieldProblem> problems) {
        if (r == null || blank(r.name())) {
            if (!anonymous) {
                problems.add(new FieldProblem("referrer.name",
                        "Enter the referrer’s name, or select ‘Anonymous’ as the referral source"));
            }
            return;
        }
        if (!blank(r.email()) && !EMAIL.matcher(r.email().trim()).matches()) {
            problems.add(new FieldProblem("referrer.email",
                    "Enter the referrer’s email address in the correct format, like name@example.org"));
        }
        if (!blank(r.phone()) && !r.phone().matches("[0-9+() -]{6,20}")) {
            problems.add(new FieldProblem("referrer.phone",
                    "Enter the referrer’s phone number, like 01632 960 001 or 07700 900 982"));
        }
    }

    private void checkSubjects(NewContact c, List<FieldProblem> problems) {
        List<NewContact.Subject> subjects = c.subjects() == null ? List.of() : c.subjects();
        if (subjects.stream().noneMatch(s -> s.role() == SubjectRole.CHILD)) {
            problems.add(new FieldProblem("subjects", "Add the child or children the contact is about"));
        }
        LocalDate received = c.receivedAt() == null ? null : LocalDate.ofInstant(c.receivedAt(), zone);
        for (int i = 0; i < subjects.size(); i++) {
            checkSubject(subjects.get(i), "subjects[" + i + "].", received, problems);
        }
        if (!c.namesFather() && blank(c.fatherNotKnownReason())) {
            problems.add(new FieldProblem("fatherNotKnownReason",
                    "Add the child’s father, or say why he is not known"));
        }
    }

    private static void checkSubject(NewContact.Subject s, String at, LocalDate received, List<FieldProblem> problems) {
        String who = s.role() == null ? "person" : s.role().label().toLowerCase();
        if (s.role() == null) {
            problems.add(new FieldProblem(at + "role", "Select who the person is"));
        }
        if (blank(s.firstName())) {
            problems.add(new FieldProblem(at + "firstName", "Enter the " + who + "’s first name, or ‘Unknown’"));
        }
        if (blank(s.lastName())) {
            problems.add(new FieldProblem(at + "lastName", "Enter the " + who + "’s last name, or ‘Unknown’"));
        }
        if (s.sex() != null && !s.sex().matches("[MFU]")) {
            problems.add(new FieldProblem(at + "sex", "Sex must be M, F or U (not known)"));
        }
        if (!blank(s.nhsNumber()) && !NhsNumber.isValid(NhsNumber.normalise(s.nhsNumber()))) {
            problems.add(new FieldProblem(at + "nhsNumber",
                    "Enter a valid 10-digit NHS number, like 943 476 5919, or leave it blank"));
        }
        LocalDate dob = s.dateOfBirth();
        if (dob != null && received != null) {
            if (dob.isAfter(received)) {
                problems.add(new FieldProblem(at + "dateOfBirth", "The " + who
                        + "’s date of birth must be in the past"));
            } else if (dob.isBefore(EARLIEST)) {
                problems.add(new FieldProblem(at + "dateOfBirth", "The " + who + "’s date of birth must be after 1900"));
            } else if (s.role() == SubjectRole.CHILD) {
                int age = Period.between(dob, received).getYears();
                if (!s.careLeaver() && age >= CHILD_UNTIL) {
                    problems.add(new FieldProblem(at + "dateOfBirth", s.firstName() + " was " + age
                            + " when the contact was received: a child must be under 18, or a care leaver under 25"));
                } else if (s.careLeaver() && age >= CARE_LEAVER_UNTIL) {
                    problems.add(new FieldProblem(at + "dateOfBirth", s.firstName() + " was " + age
                            + " when the contact was received: care leavers are supported until they are 25"));
                }
            }
        }
    }

    private static void checkConsent(NewContact.ConsentRecord consent, Instant now, List<FieldProblem> problems) {
        if (consent == null || consent.status() == null) {
            problems.add(new FieldProblem("consent.status", "Select whether consent was given, refused, not sought "
                    + "or dispensed with"));
            return;
        }
        switch (consent.status()) {
            case GIVEN -> {
                if (blank(consent.givenBy())) {
                    problems.add(new FieldProblem("consent.givenBy", "Enter who gave consent"));
                }
                if (consent.givenAt() == null) {
                    problems.add(new FieldProblem("consent.givenAt", "Enter when consent was given"));
                } else if (consent.givenAt().isAfter(now.plus(CLOCK_SKEW))) {
                    problems.add(new FieldProblem("consent.givenAt", "Date consent was given must be in the past"));
                }
            }
            case NOT_SOUGHT -> {
                if (blank(consent.reason())) {
                    problems.add(new FieldProblem("consent.reason", "Enter why consent was not sought"));
                }
            }
            case DISPENSED_WITH -> {
                if (blank(consent.reason())) {
                    problems.add(new FieldProblem("consent.reason",
                            "Enter why seeking consent would place the child at risk"));
                }
                if (blank(consent.authorisedBy())) {
                    problems.add(new FieldProblem("consent.authorisedBy",
                            "Select the manager who authorised dispensing with consent"));
                }
            }
            case REFUSED -> { }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
