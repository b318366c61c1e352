package org.frontdoor.legacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdoor.intake.ReferralSource;
import org.frontdoor.people.NhsNumber;

/**
 * Turns one legacy record into our values through the mapping, or says why it cannot be imported: a missing key or
 * name, a date in none of the mapping's formats, a code the mapping does not translate. Plain rules, no database.
 */
final class LegacyFields {

    /** Why a record is rejected, in words for the person fixing the export. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason);
        }
    }

    record PersonValues(String id, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                        String nhsNumber, String postcode) {
    }

    record RelationshipValues(String id, String person, String related, String relationship, boolean livesWith) {
    }

    record ContactValues(String id, String person, LocalDateTime receivedAt, String source, String worries) {
    }

    record ReferralValues(String id, String person, LocalDateTime referredAt, String source, String contact) {
    }

    /** Our fields per kind of record; the required ones must be mapped and filled in. */
    static final Map<LegacyType, List<String>> REQUIRED = Map.of(
            LegacyType.PERSON, List.of("firstName", "lastName"),
            LegacyType.RELATIONSHIP, List.of("person", "related", "relationship"),
            LegacyType.CONTACT, List.of("person", "receivedAt", "source"),
            LegacyType.REFERRAL, List.of("person", "referredAt", "source"));

    private static final Set<String> RELATIONSHIPS = Set.of("MOTHER", "FATHER", "STEP_PARENT", "SIBLING", "CARER",
            "HOUSEHOLD_MEMBER", "OTHER");

    private final LegacyMapping mapping;
    private final LocalDate today;

    LegacyFields(LegacyMapping mapping, LocalDate today) {
        this.mapping = mapping;
        this.today = today;
    }

    /** Every column the file for {@code type} must have: its id column and each mapped field's column. */
    List<String> columns(LegacyType type) {
        LegacyMapping.Layout layout = mapping.files().get(type);
        Set<String> columns = new LinkedHashSet<>();
        columns.add(layout.id());
        columns.addAll(layout.columns().values());
        return new ArrayList<>(columns);
    }

    /** The mapping's mistakes for {@code type}, if any: a required field with no column. */
    List<String> mappingProblems(LegacyType type) {
        LegacyMapping.Layout layout = mapping.files().get(type);
        List<String> problems = new ArrayList<>();
        if (layout.id() == null || layout.id().isBlank()) {
            problems.add(type.label() + ": the mapping names no id column");
        }
        for (String field : REQUIRED.get(type)) {
            if (layout.column(field) == null) {
                problems.add(type.label() + ": the mapping names no column for " + field);
            }
        }
        return problems;
    }

    String id(LegacyType type, LegacyRow row) throws Rejected {
        return required(row, mapping.files().get(type).id(), "the record's id");
    }

    PersonValues person(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.PERSON);
        String id = id(LegacyType.PERSON, row);
        String first = required(row, l.column("firstName"), "the first name");
        String last = required(row, l.column("lastName"), "the last name");
        LocalDate dob = optionalDate(row, l.column("dateOfBirth"));
        if (dob != null && dob.isAfter(today)) {
            throw new Rejected(l.column("dateOfBirth") + " " + dob + " is in the future");
        }
        String sex = row.get(l.column("sex")) == null ? "U" : code(row, l.column("sex"), "sex", "sex");
        String nhs = NhsNumber.normalise(row.get(l.column("nhsNumber")));
        if (nhs != null && !NhsNumber.isValid(nhs)) {
            throw new Rejected(l.column("nhsNumber") + " '" + row.get(l.column("nhsNumber"))
                    + "' is not a valid NHS number");
        }
        return new PersonValues(id, first, last, dob, sex, nhs, row.get(l.column("postcode")));
    }

    RelationshipValues relationship(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.RELATIONSHIP);
        String id = id(LegacyType.RELATIONSHIP, row);
        String person = required(row, l.column("person"), "the person");
        String related = required(row, l.column("related"), "the related person");
        if (person.equals(related)) {
            throw new Rejected("the person and the related person are the same (" + person + ")");
        }
        String relationship = code(row, l.column("relationship"), "relationship", "relationship");
        if (!RELATIONSHIPS.contains(relationship)) {
            throw new Rejected("the mapping translates " + l.column("relationship") + " to " + relationship
                    + ", which is not one of " + String.join(", ", RELATIONSHIPS));
        }
        boolean livesWith = row.get(l.column("livesWith")) == null
                || Boolean.parseBoolean(code(row, l.column("livesWith"), "livesWith", "lives-with"));
        return new RelationshipValues(id, person, related, relationship, livesWith);
    }

    ContactValues contact(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.CONTACT);
        String id = id(LegacyType.CONTACT, row);
        String person = required(row, l.column("person"), "the child");
        LocalDateTime received = requiredDateTime(row, l.column("receivedAt"));
        String source = source(row, l.column("source"));
        return new ContactValues(id, person, received, source, row.get(l.column("worries")));
    }

    ReferralValues referral(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.REFERRAL);
        String id = id(LegacyType.REFERRAL, row);
        String person = required(row, l.column("person"), "the child");
        LocalDateTime referred = requiredDateTime(row, l.column("referredAt"));
        String source = source(row, l.column("source"));
        return new ReferralValues(id, person, referred, source, row.get(l.column("contact")));
    }

    private LegacyMapping.Layout layout(LegacyType type) {
        return mapping.files().get(type);
    }

    private static String required(LegacyRow row, String column, String what) throws Rejected {
        String value = row.get(column);
        if (value == null) {
            throw new Rejected(column + " (" + what + ") is blank");
        }
        return value;
    }

    private String code(LegacyRow row, String column, String kind, String what) throws Rejected {
        String legacy = required(row, column, what);
        return mapping.code(kind, legacy).orElseThrow(() ->
                new Rejected(column + " '" + legacy + "' is not a " + what + " code the mapping knows"));
    }

    private String source(LegacyRow row, String column) throws Rejected {
        String source = code(row, column, "source", "referral source");
        if (!ReferralSource.isCode(source)) {
            throw new Rejected("the mapping translates " + column + " '" + row.get(column) + "' to " + source
                    + ", which is not a CIN census referral source code");
        }
        return source;
    }

    private LocalDate optionalDate(LegacyRow row, String column) throws Rejected {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        return mapping.date(text).orElseThrow(() -> new Rejected(column + " '" + text
                + "' is not a date in a format the mapping allows (" + mapping.formats() + ")"));
    }

    private LocalDateTime requiredDateTime(LegacyRow row, String column) throws Rejected {
        String text = required(row, column, "the date");
        LocalDateTime at = mapping.dateTime(text).orElseThrow(() -> new Rejected(column + " '" + text
                + "' is not a date in a format the mapping allows (" + mapping.formats() + ")"));
        if (at.toLocalDate().isAfter(today)) {
            throw new Rejected(column + " " + at.toLocalDate() + " is in the future");
        }
        return at;
    }
}
