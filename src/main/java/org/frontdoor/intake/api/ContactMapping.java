package org.frontdoor.intake.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontdoor.access.PartnerSystem;
import org.frontdoor.intake.NewContact;
import org.frontdoor.intake.Route;
import org.frontdoor.intake.SubjectRole;

/**
 * Turns a partner's request into a {@link NewContact}, and the rules' field names back into the request's. The
 * rules see one list, {@code subjects}: the children first, then the adults, so {@code subjects[i]} is
 * {@code children[i]} below the number of children and {@code adults[i - children]} from there.
 */
final class ContactMapping {

    private static final Pattern SUBJECT = Pattern.compile("subjects\\[(\\d+)](.*)");

    private ContactMapping() {
    }

    /** Partners never see or choose records in the person index: everyone arrives unmatched, for the MASH to match. */
    static NewContact toNewContact(ContactRequest r, PartnerSystem partner) {
        List<NewContact.Subject> subjects = new ArrayList<>();
        for (ContactRequest.Child c : orEmpty(r.children())) {
            subjects.add(c == null ? blank(SubjectRole.CHILD) : new NewContact.Subject(SubjectRole.CHILD,
                    c.firstName(), c.lastName(), c.dateOfBirth(), sex(c.sex()), c.nhsNumber(), c.postcode(),
                    c.careLeaver(), null));
        }
        for (ContactRequest.Adult a : orEmpty(r.adults())) {
            subjects.add(a == null ? blank(null) : new NewContact.Subject(
                    a.role() == null ? null : SubjectRole.valueOf(a.role().name()), a.firstName(), a.lastName(),
                    a.dateOfBirth(), sex(a.sex()), a.nhsNumber(), a.postcode(), false, null));
        }
        ContactRequest.Referrer ref = r.referrer();
        ContactRequest.ConsentDetails consent = r.consent();
        return new NewContact(instant(r.receivedAt()), Route.PARTNER_API, r.sourceCode(),
                new NewContact.Referrer(ref == null ? null : ref.name(), partner.agencyName(),
                        ref == null ? null : ref.role(), ref == null ? null : ref.phone(),
                        ref == null ? null : ref.email()),
                r.worries(), r.referrerActions(), r.immediateDanger(), subjects, r.fatherNotKnownReason(),
                consent == null ? null : new NewContact.ConsentRecord(consent.status(), consent.givenBy(),
                        instant(consent.givenAt()), consent.reason(), consent.authorisedBy()),
                partner.agencyCode(), reference(r), null);
    }

    /** The reference as stored: surrounding spaces are not part of it, so a retry with them still matches. */
    static String reference(ContactRequest r) {
        return r.partnerReference() == null || r.partnerReference().isBlank() ? null : r.partnerReference().strip();
    }

    /** The request's name for a field the rules named, e.g. subjects[2].dateOfBirth → adults[0].dateOfBirth. */
    static String apiField(String rulesField, ContactRequest r) {
        if (rulesField.equals("subjects")) {
            return "children";
        }
        Matcher m = SUBJECT.matcher(rulesField);
        if (!m.matches()) {
            return rulesField;
        }
        int i = Integer.parseInt(m.group(1));
        int children = orEmpty(r.children()).size();
        return (i < children ? "children[" + i + "]" : "adults[" + (i - children) + "]") + m.group(2);
    }

    private static NewContact.Subject blank(SubjectRole role) {
        return new NewContact.Subject(role, null, null, null, null, null, null, false, null);
    }

    private static String sex(ContactRequest.Sex sex) {
        return sex == null ? null : sex.name();
    }

    private static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
