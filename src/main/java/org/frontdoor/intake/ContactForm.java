package org.frontdoor.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The contact form as typed, saved as a draft after every step. Everything is kept as the user typed it (dates as
 * three boxes) so that a form sent back with errors shows exactly what they entered.
 */
public class ContactForm {

    private String receivedDay = "";
    private String receivedMonth = "";
    private String receivedYear = "";
    private String receivedTime = "";
    private String route = "";
    private String sourceCode = "";
    private String referrerName = "";
    private String referrerAgency = "";
    private String referrerRole = "";
    private String referrerPhone = "";
    private String referrerEmail = "";
    private String worries = "";
    private String referrerActions = "";
    private boolean immediateDanger;
    private List<PersonEntry> people = new ArrayList<>();
    private PersonEntry adding = new PersonEntry();
    private String fatherNotKnownReason = "";
    private String consent = "";
    private String consentGivenBy = "";
    private String consentGivenDay = "";
    private String consentGivenMonth = "";
    private String consentGivenYear = "";
    private String consentReason = "";
    private String consentAuthorisedBy = "";

    /** Problems in what was typed that stop it becoming a contact at all (a date that is not a date). */
    List<FieldProblem> unreadable(ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        DateFields.Parsed received = DateFields.parse("Date received", receivedDay, receivedMonth, receivedYear);
        if (received.problem() != null) {
            problems.add(new FieldProblem("receivedDay", received.problem()));
        } else if (received.date() != null && DateFields.time(receivedTime) == null) {
            problems.add(new FieldProblem("receivedTime", "Enter the time received, like 09:30 or 14:05"));
        }
        DateFields.Parsed given = DateFields.parse("Date consent was given", consentGivenDay, consentGivenMonth,
                consentGivenYear);
        if (given.problem() != null) {
            problems.add(new FieldProblem("consentGivenDay", given.problem()));
        }
        for (PersonEntry p : people) {
            DateFields.Parsed dob = DateFields.parse(p.name() + "’s date of birth", p.getDobDay(), p.getDobMonth(),
                    p.getDobYear());
            if (dob.problem() != null) {
                problems.add(new FieldProblem("people", dob.problem()));
            }
        }
        return problems;
    }

    /** The contact this form describes; call only when {@link #unreadable} found nothing. */
    NewContact toContact(ZoneId zone, Route fixedRoute, String partnerAgency, UUID token) {
        LocalDate receivedDate = DateFields.parse("", receivedDay, receivedMonth, receivedYear).date();
        LocalTime time = DateFields.time(receivedTime);
        Instant receivedAt = receivedDate == null || time == null ? null : receivedDate.atTime(time).atZone(zone).toInstant();
        LocalDate given = DateFields.parse("", consentGivenDay, consentGivenMonth, consentGivenYear).date();
        List<NewContact.Subject> subjects = people.stream().map(p -> new NewContact.Subject(p.roleOrNull(),
                p.getFirstName(), p.getLastName(), DateFields.parse("", p.getDobDay(), p.getDobMonth(),
                p.getDobYear()).date(), p.getSex(), p.getNhsNumber(), p.getPostcode(), p.isCareLeaver(),
                p.getPersonId(), p.isNewPerson() && p.getPersonId() == null)).toList();
        return new NewContact(receivedAt, fixedRoute != null ? fixedRoute : enumOrNull(Route.class, route), sourceCode,
                new NewContact.Referrer(referrerName, referrerAgency, referrerRole, referrerPhone, referrerEmail),
                worries, referrerActions, immediateDanger, subjects, fatherNotKnownReason,
                new NewContact.ConsentRecord(enumOrNull(Consent.class, consent), consentGivenBy,
                        given == null ? null : given.atStartOfDay(zone).toInstant(), consentReason,
                        consentAuthorisedBy),
                partnerAgency, null, token);
    }

    /** Where a problem from {@link ContactRules} shows on this form. */
    static String fieldFor(String rulesField) {
        if (rulesField.startsWith("subjects")) {
            return "people";
        }
        return switch (rulesField) {
            case "receivedAt" -> "receivedDay";
            case "referrer.name" -> "referrerName";
            case "referrer.email" -> "referrerEmail";
            case "referrer.phone" -> "referrerPhone";
            case "consent.status" -> "consent";
            case "consent.givenBy" -> "consentGivenBy";
            case "consent.givenAt" -> "consentGivenDay";
            case "consent.reason" -> "consentReason";
            case "consent.authorisedBy" -> "consentAuthorisedBy";
            default -> rulesField;
        };
    }

    /** Names the person a subject problem is about, since all of them show against the list of people. */
    String messageFor(FieldProblem problem) {
        if (problem.field().startsWith("subjects[")) {
            int i = Integer.parseInt(problem.field().substring(9, problem.field().indexOf(']')));
            if (i < people.size()) {
                return people.get(i).name() + ": " + problem.message();
            }
        }
        return problem.message();
    }

    public boolean namesFather() {
        return people.stream().anyMatch(p -> "FATHER".equals(p.getRole()));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String v) { receivedDay = PersonEntry.clean(v); }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String v) { receivedMonth = PersonEntry.clean(v); }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String v) { receivedYear = PersonEntry.clean(v); }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String v) { receivedTime = PersonEntry.clean(v); }
    public String getRoute() { return route; }
    public void setRoute(String v) { route = PersonEntry.clean(v); }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String v) { sourceCode = PersonEntry.clean(v); }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String v) { referrerName = PersonEntry.clean(v); }
    public String getReferrerAgency() { return referrerAgency; }
    public void setReferrerAgency(String v) { referrerAgency = PersonEntry.clean(v); }
    public String getReferrerRole() { return referrerRole; }
    public void setReferrerRole(String v) { referrerRole = PersonEntry.clean(v); }
    public String getReferrerPhone() { return referrerPhone; }
    public void setReferrerPhone(String v) { referrerPhone = PersonEntry.clean(v); }
    public String getReferrerEmail() { return referrerEmail; }
    public void setReferrerEmail(String v) { referrerEmail = PersonEntry.clean(v); }
    public String getWorries() { return worries; }
    public void setWorries(String v) { worries = v == null ? "" : v; }
    public String getReferrerActions() { return referrerActions; }
    public void setReferrerActions(String v) { referrerActions = v == null ? "" : v; }
    public boolean isImmediateDanger() { return immediateDanger; }
    public void setImmediateDanger(boolean v) { immediateDanger = v; }
    public List<PersonEntry> getPeople() { return people; }
    public void setPeople(List<PersonEntry> v) { people = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public PersonEntry getAdding() { return adding; }
    public void setAdding(PersonEntry v) { adding = v == null ? new PersonEntry() : v; }
    public String getFatherNotKnownReason() { return fatherNotKnownReason; }
    public void setFatherNotKnownReason(String v) { fatherNotKnownReason = PersonEntry.clean(v); }
    public String getConsent() { return consent; }
    public void setConsent(String v) { consent = PersonEntry.clean(v); }
    public String getConsentGivenBy() { return consentGivenBy; }
    public void setConsentGivenBy(String v) { consentGivenBy = PersonEntry.clean(v); }
    public String getConsentGivenDay() { return consentGivenDay; }
    public void setConsentGivenDay(String v) { consentGivenDay = PersonEntry.clean(v); }
    public String getConsentGivenMonth() { return consentGivenMonth; }
    public void setConsentGivenMonth(String v) { consentGivenMonth = PersonEntry.clean(v); }
    public String getConsentGivenYear() { return consentGivenYear; }
    public void setConsentGivenYear(String v) { consentGivenYear = PersonEntry.clean(v); }
    public String getConsentReason() { return consentReason; }
    public void setConsentReason(String v) { consentReason = PersonEntry.clean(v); }
    public String getConsentAuthorisedBy() { return consentAuthorisedBy; }
    public void setConsentAuthorisedBy(String v) { consentAuthorisedBy = PersonEntry.clean(v); }
}
