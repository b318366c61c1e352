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

    /** Another legacy record a record names, by its kind and legacy id. */
    record Ref(LegacyType type, String id) {
    }

    /** One record's values: its legacy id and, in a fixed order, the records it names (null where it names none). */
    interface Values {
        String id();

        default List<Ref> refs() {
            return List.of();
        }
    }

    private static Ref ref(LegacyType type, String id) {
        return id == null ? null : new Ref(type, id);
    }

    record PersonValues(String id, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                        String nhsNumber, String postcode) implements Values {
    }

    record RelationshipValues(String id, String person, String related, String relationship, boolean livesWith)
            implements Values {
        public List<Ref> refs() {
            return java.util.Arrays.asList(ref(LegacyType.PERSON, person), ref(LegacyType.PERSON, related));
        }
    }

    record ContactValues(String id, String person, LocalDateTime receivedAt, String source, String worries)
            implements Values {
        public List<Ref> refs() {
            return java.util.Arrays.asList(ref(LegacyType.PERSON, person));
        }
    }

    record ReferralValues(String id, String person, LocalDateTime referredAt, String source, String contact)
            implements Values {
        public List<Ref> refs() {
            return java.util.Arrays.asList(ref(LegacyType.PERSON, person), ref(LegacyType.CONTACT, contact));
        }
    }

    /** A single assessment of an imported referral; {@code factors} are CIN census factor codes. */
    record AssessmentValues(String id, String referral, LocalDate startedOn, LocalDate completedOn, String worker,
                            String outcome, String primaryNeed, List<String> factors, String analysis,
                            String authorisedBy, LocalDate authorisedOn) implements Values {
        public List<Ref> refs() {
            return java.util.Arrays.asList(ref(LegacyType.REFERRAL, referral));
        }
    }

    /** A section 47 enquiry and the strategy discussion that started it (held on the start day when not given). */
    record S47Values(String id, String person, String referral, LocalDate strategyOn, LocalDate startedOn,
                     boolean joint, String outcome, Boolean substantiated, LocalDate completedOn, String worker)
            implements Values {
        public List<Ref> refs() {
            return java.util.Arrays.asList(ref(LegacyType.PERSON, person), ref(LegacyType.REFERRAL, referral));
        }
    }

    /** A CP or CIN plan; a CP plan's initial conference is made from {@code conferenceOn}. */
    record PlanValues(String id, String person, String kind, LocalDate startedOn, String category, String assessment,
                      String s47, LocalDate conferenceOn, LocalDate endedOn, String endReason, String worker)
            implements Values {
        public List<Ref> refs() {
            return java.util.Arrays.asList(ref(LegacyType.PERSON, person), ref(LegacyType.ASSESSMENT, assessment),
                    ref(LegacyType.S47, s47));
        }
    }

    record EarlyHelpValues(String id, String person, LocalDate startedOn, String lead, LocalDate assessmentOn,
                           String summary, String outcome, LocalDate endedOn, String stepUpContact)
            implements Values {
        public List<Ref> refs() {
            return java.util.Arrays.asList(ref(LegacyType.PERSON, person), ref(LegacyType.CONTACT, stepUpContact));
        }
    }

    /** Our fields per kind of record; the required ones must be mapped and filled in. */
    static final Map<LegacyType, List<String>> REQUIRED = Map.of(
            LegacyType.PERSON, List.of("firstName", "lastName"),
            LegacyType.RELATIONSHIP, List.of("person", "related", "relationship"),
            LegacyType.CONTACT, List.of("person", "receivedAt", "source"),
            LegacyType.REFERRAL, List.of("person", "referredAt", "source"),
            LegacyType.ASSESSMENT, List.of("referral", "startedOn"),
            LegacyType.S47, List.of("person", "startedOn"),
            LegacyType.PLAN, List.of("person", "kind", "startedOn"),
            LegacyType.EARLY_HELP, List.of("person", "startedOn"));

    private static final Set<String> ASSESSMENT_OUTCOMES = Set.of("NFA", "EARLY_HELP", "CIN_PLAN",
            "STRATEGY_DISCUSSION");
    private static final Set<String> S47_OUTCOMES = Set.of("ICPC", "CIN_PLAN", "NFA");
    private static final Set<String> CATEGORIES = Set.of("NEG", "PHY", "EMO", "SAB", "MUL");
    private static final Set<String> EARLY_HELP_OUTCOMES = Set.of("NEEDS_MET", "STEPPED_UP", "DECLINED", "MOVED_AWAY",
            "OTHER");

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

    /** The row's values for its kind of record, or why it is rejected. */
    Values values(LegacyType type, LegacyRow row) throws Rejected {
        return switch (type) {
            case PERSON -> person(row);
            case RELATIONSHIP -> relationship(row);
            case CONTACT -> contact(row);
            case REFERRAL -> referral(row);
            case ASSESSMENT -> assessment(row);
            case S47 -> s47(row);
            case PLAN -> plan(row);
            case EARLY_HELP -> earlyHelp(row);
        };
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

    AssessmentValues assessment(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.ASSESSMENT);
        String id = id(LegacyType.ASSESSMENT, row);
        String referral = required(row, l.column("referral"), "the referral");
        LocalDate started = requiredDate(row, l.column("startedOn"));
        LocalDate completed = laterDate(row, l.column("completedOn"), started, l.column("startedOn"));
        String outcome = optionalCode(row, l.column("outcome"), "assessmentOutcome", "assessment outcome",
                ASSESSMENT_OUTCOMES);
        String need = optionalCode(row, l.column("primaryNeed"), "need", "primary need",
                new java.util.HashSet<>(org.frontdoor.casework.AssessmentCodes.PRIMARY_NEEDS.stream()
                        .map(org.frontdoor.casework.AssessmentCodes.Code::code).toList()));
        if (completed != null && (outcome == null || need == null)) {
            throw new Rejected("a completed assessment needs its outcome (" + l.column("outcome")
                    + ") and primary need (" + l.column("primaryNeed") + ")");
        }
        List<String> factors = new ArrayList<>();
        String text = row.get(l.column("factors"));
        if (text != null) {
            for (String code : text.trim().split("[\\s|,]+")) {
                if (!org.frontdoor.casework.AssessmentCodes.isFactor(code)) {
                    throw new Rejected(l.column("factors") + " '" + code + "' is not a CIN census factor code");
                }
                if (!factors.contains(code)) {
                    factors.add(code);
                }
            }
        }
        String worker = worker(row, l);
        String authorisedBy = row.get(l.column("authorisedBy"));
        LocalDate authorisedOn = optionalDate(row, l.column("authorisedOn"));
        if (authorisedBy != null || authorisedOn != null) {
            if (authorisedBy == null || authorisedOn == null || completed == null) {
                throw new Rejected("an authorised assessment needs its completion date, who authorised it ("
                        + l.column("authorisedBy") + ") and when (" + l.column("authorisedOn") + ")");
            }
            if (authorisedBy.equalsIgnoreCase(worker)) {
                throw new Rejected("the assessment was authorised by its own social worker (" + worker + ")");
            }
        }
        return new AssessmentValues(id, referral, started, completed, worker, outcome, need, factors,
                row.get(l.column("analysis")), authorisedBy, authorisedOn);
    }

    S47Values s47(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.S47);
        String id = id(LegacyType.S47, row);
        String person = required(row, l.column("person"), "the child");
        LocalDate started = requiredDate(row, l.column("startedOn"));
        LocalDate strategy = optionalDate(row, l.column("strategyOn"));
        if (strategy != null && strategy.isAfter(started)) {
            throw new Rejected(l.column("strategyOn") + " " + strategy + " is after " + l.column("startedOn") + " "
                    + started + ": an enquiry starts at its strategy discussion");
        }
        LocalDate completed = laterDate(row, l.column("completedOn"), started, l.column("startedOn"));
        String outcome = optionalCode(row, l.column("outcome"), "s47Outcome", "s47 outcome", S47_OUTCOMES);
        Boolean substantiated = row.get(l.column("substantiated")) == null ? null
                : Boolean.parseBoolean(code(row, l.column("substantiated"), "yesNo", "yes or no"));
        if (completed != null && (outcome == null || substantiated == null)) {
            throw new Rejected("a completed enquiry needs its outcome (" + l.column("outcome")
                    + ") and whether concerns were substantiated (" + l.column("substantiated") + ")");
        }
        boolean joint = row.get(l.column("joint")) != null
                && Boolean.parseBoolean(code(row, l.column("joint"), "yesNo", "yes or no"));
        return new S47Values(id, person, row.get(l.column("referral")), strategy == null ? started : strategy,
                started, joint, outcome, substantiated, completed, worker(row, l));
    }

    PlanValues plan(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.PLAN);
        String id = id(LegacyType.PLAN, row);
        String person = required(row, l.column("person"), "the child");
        String kind = code(row, l.column("kind"), "planKind", "plan type");
        if (!kind.equals("CP") && !kind.equals("CIN")) {
            throw new Rejected("the mapping translates " + l.column("kind") + " to " + kind + ", not CP or CIN");
        }
        LocalDate started = requiredDate(row, l.column("startedOn"));
        LocalDate ended = laterDate(row, l.column("endedOn"), started, l.column("startedOn"));
        String endReason = row.get(l.column("endReason"));
        if (ended == null && endReason != null) {
            throw new Rejected(l.column("endReason") + " is given but " + l.column("endedOn") + " is blank");
        }
        String category = null;
        LocalDate conference = null;
        String s47 = row.get(l.column("s47"));
        if (kind.equals("CP")) {
            category = optionalCode(row, l.column("category"), "category", "category of abuse", CATEGORIES);
            if (category == null) {
                throw new Rejected(l.column("category") + " (the category of abuse) is blank for a child protection plan");
            }
            conference = optionalDate(row, l.column("conferenceOn"));
            if (conference == null) {
                throw new Rejected(l.column("conferenceOn") + " (the conference date) is blank: a child protection "
                        + "plan starts at a conference");
            }
            if (conference.isAfter(started)) {
                throw new Rejected("the plan starts (" + started + ") before its conference (" + conference + ")");
            }
            if (s47 == null) {
                throw new Rejected(l.column("s47") + " is blank: a child protection plan's initial conference "
                        + "follows a section 47 enquiry");
            }
        }
        return new PlanValues(id, person, kind, started, category, row.get(l.column("assessment")), s47, conference,
                ended, ended == null ? null : endReason == null ? "Not recorded in " + mapping.label() : endReason,
                worker(row, l));
    }

    EarlyHelpValues earlyHelp(LegacyRow row) throws Rejected {
        LegacyMapping.Layout l = layout(LegacyType.EARLY_HELP);
        String id = id(LegacyType.EARLY_HELP, row);
        String person = required(row, l.column("person"), "the child");
        LocalDate started = requiredDate(row, l.column("startedOn"));
        LocalDate assessed = laterDate(row, l.column("assessmentOn"), started, l.column("startedOn"));
        LocalDate ended = laterDate(row, l.column("endedOn"), started, l.column("startedOn"));
        String outcome = optionalCode(row, l.column("outcome"), "earlyHelpOutcome", "early help outcome",
                EARLY_HELP_OUTCOMES);
        if ((ended == null) != (outcome == null)) {
            throw new Rejected("an episode that ended needs both " + l.column("endedOn") + " and "
                    + l.column("outcome") + ", and one still open neither");
        }
        String contact = row.get(l.column("stepUpContact"));
        if ("STEPPED_UP".equals(outcome) && contact == null) {
            throw new Rejected(l.column("stepUpContact") + " is blank: a family stepped up to social care needs the "
                    + "contact it was stepped up through");
        }
        String lead = row.get(l.column("lead"));
        return new EarlyHelpValues(id, person, started, lead == null ? "Not recorded in " + mapping.label() : lead,
                assessed, row.get(l.column("summary")), outcome, ended,
                "STEPPED_UP".equals(outcome) ? contact : null);
    }

    private String worker(LegacyRow row, LegacyMapping.Layout l) {
        String worker = row.get(l.column("worker"));
        return worker == null ? "Not recorded in " + mapping.label() : worker;
    }

    private String optionalCode(LegacyRow row, String column, String kind, String what, Set<String> ours)
            throws Rejected {
        if (row.get(column) == null) {
            return null;
        }
        String code = code(row, column, kind, what);
        if (!ours.contains(code)) {
            throw new Rejected("the mapping translates " + column + " '" + row.get(column) + "' to " + code
                    + ", which is not one of " + String.join(", ", new java.util.TreeSet<>(ours)));
        }
        return code;
    }

    private LocalDate requiredDate(LegacyRow row, String column) throws Rejected {
        required(row, column, "the date");
        LocalDate date = optionalDate(row, column);
        if (date.isAfter(today)) {
            throw new Rejected(column + " " + date + " is in the future");
        }
        return date;
    }

    /** An optional date that may not come before {@code start}, as completion may not come before the start. */
    private LocalDate laterDate(LegacyRow row, String column, LocalDate start, String startColumn) throws Rejected {
        LocalDate date = optionalDate(row, column);
        if (date != null && date.isBefore(start)) {
            throw new Rejected(column + " " + date + " is before " + startColumn + " " + start);
        }
        if (date != null && date.isAfter(today)) {
            throw new Rejected(column + " " + date + " is in the future");
        }
        return date;
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
