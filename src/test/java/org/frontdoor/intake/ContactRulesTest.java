package org.frontdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final ContactRules rules = new ContactRules(LONDON);

    static NewContact.Subject child(String first, LocalDate dob, boolean careLeaver) {
        return new NewContact.Subject(SubjectRole.CHILD, first, "Okoro", dob, "F", null, null, careLeaver, null);
    }

    static NewContact contact(List<NewContact.Subject> subjects, String source, Instant received,
                              NewContact.ConsentRecord consent, String fatherReason) {
        return new NewContact(received, Route.PHONE, source,
                new NewContact.Referrer("Ms Head", "Kingsmere Primary", "DSL", "01632 960001", "head@school.org"),
                "Bruises on her arm", null, false, subjects, fatherReason, consent, null, null, null);
    }

    static NewContact valid(NewContact.Subject... children) {
        return contact(new ArrayList<>(List.of(children)), "2A", NOW.minusSeconds(3600),
                new NewContact.ConsentRecord(Consent.GIVEN, "Mother", NOW.minusSeconds(7200), null, null),
                "Mother did not name the father");
    }

    List<String> fields(NewContact c) {
        return rules.check(c, NOW).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteContactHasNoProblems() {
        assertThat(rules.check(valid(child("Ada", LocalDate.of(2015, 3, 4), false)), NOW)).isEmpty();
    }

    @Test
    void aChildMustBeUnder18UnlessACareLeaverUnder25() {
        LocalDate eighteenToday = LocalDate.of(2008, 11, 23);
        assertThat(fields(valid(child("Ada", eighteenToday.plusDays(1), false)))).isEmpty();
        assertThat(rules.check(valid(child("Ada", eighteenToday, false)), NOW))
                .extracting(FieldProblem::message).containsExactly(
                        "Ada was 18 when the contact was received: a child must be under 18, or a care leaver under 25");
        assertThat(fields(valid(child("Ada", LocalDate.of(2002, 1, 1), true)))).isEmpty();
        assertThat(fields(valid(child("Ada", LocalDate.of(2001, 11, 1), true)))).containsExactly("subjects[0].dateOfBirth");
    }

    @Test
    void datesInTheFutureAreRefused() {
        assertThat(fields(valid(child("Ada", LocalDate.of(2026, 12, 1), false)))).containsExactly("subjects[0].dateOfBirth");
        NewContact future = contact(List.of(child("Ada", LocalDate.of(2015, 1, 1), false)), "2A",
                NOW.plusSeconds(3600), new NewContact.ConsentRecord(Consent.NOT_SOUGHT, null, null, "Anonymous", null),
                "Not known");
        assertThat(fields(future)).containsExactly("receivedAt");
    }

    @Test
    void anUnknownSourceCodeIsNamed() {
        NewContact c = contact(List.of(child("Ada", LocalDate.of(2015, 1, 1), false)), "11", NOW,
                new NewContact.ConsentRecord(Consent.NOT_SOUGHT, null, null, "Police notification", null), "Not known");
        assertThat(rules.check(c, NOW)).extracting(FieldProblem::message)
                .containsExactly("Referral source must be a CIN census code from 1A to 10, not 11");
    }

    @Test
    void aMissingFatherNeedsAReasonNeverASilentBlank() {
        NewContact c = contact(List.of(child("Ada", LocalDate.of(2015, 1, 1), false)), "2A", NOW,
                new NewContact.ConsentRecord(Consent.GIVEN, "Mother", NOW, null, null), " ");
        assertThat(fields(c)).containsExactly("fatherNotKnownReason");
        List<NewContact.Subject> withFather = new ArrayList<>(c.subjects());
        withFather.add(new NewContact.Subject(SubjectRole.FATHER, "Tunde", "Okoro", null, "M", null, null, false, null));
        assertThat(fields(contact(withFather, "2A", NOW, c.consent(), null))).isEmpty();
    }

    @Test
    void consentNeedsItsParticulars() {
        List<NewContact.Subject> kids = List.of(child("Ada", LocalDate.of(2015, 1, 1), false));
        assertThat(fields(contact(kids, "6", NOW, new NewContact.ConsentRecord(Consent.DISPENSED_WITH, null, null,
                null, null), "Not known"))).containsExactly("consent.reason", "consent.authorisedBy");
        assertThat(fields(contact(kids, "6", NOW, new NewContact.ConsentRecord(Consent.NOT_SOUGHT, null, null, "",
                null), "Not known"))).containsExactly("consent.reason");
        assertThat(fields(contact(kids, "6", NOW, new NewContact.ConsentRecord(Consent.GIVEN, null, null, null,
                null), "Not known"))).containsExactly("consent.givenBy", "consent.givenAt");
        assertThat(fields(contact(kids, "6", NOW, null, "Not known"))).containsExactly("consent.status");
    }

    @Test
    void aContactMustBeAboutAChildAndAnAnonymousOneNeedsNoName() {
        NewContact none = contact(List.of(), "2A", NOW, new NewContact.ConsentRecord(Consent.REFUSED, null, null,
                null, null), "Not known");
        assertThat(fields(none)).containsExactly("subjects");
        NewContact anonymous = new NewContact(NOW, Route.PHONE, "9", null, "Shouting every night", null, false,
                List.of(child("Ada", LocalDate.of(2015, 1, 1), false)), "Not known",
                new NewContact.ConsentRecord(Consent.NOT_SOUGHT, null, null, "Anonymous referrer", null),
                null, null, null);
        assertThat(fields(anonymous)).isEmpty();
    }

    @Test
    void anInvalidNhsNumberIsRefused() {
        NewContact.Subject s = new NewContact.Subject(SubjectRole.CHILD, "Ada", "Okoro", LocalDate.of(2015, 1, 1),
                "F", "9434765918", null, false, null);
        assertThat(fields(valid(s))).containsExactly("subjects[0].nhsNumber");
        NewContact.Subject ok = new NewContact.Subject(SubjectRole.CHILD, "Ada", "Okoro", LocalDate.of(2015, 1, 1),
                "F", "943 476 5919", null, false, null);
        assertThat(fields(valid(ok))).isEmpty();
    }
}
