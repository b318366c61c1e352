package org.frontdoor.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DfE Children in Need census codes an assessment records: factors identified at the end of assessment and the
 * primary need. {@code ../shared/specs/cin-census.md} is missing, so the factor codes below are taken from the DfE
 * CIN census guide and must be checked against the current census specification before any return is made.
 */
public final class AssessmentCodes {

    public record Code(String code, String label) {
    }

    /** "No factors identified": cannot be combined with any other factor. */
    public static final String NO_FACTORS = "21";

    public static final List<Code> FACTORS = List.of(
            new Code("1A", "Alcohol misuse: concerns about the child"),
            new Code("1B", "Alcohol misuse: concerns about the parent or carer"),
            new Code("1C", "Alcohol misuse: concerns about another person in the household"),
            new Code("2A", "Drug misuse: concerns about the child"),
            new Code("2B", "Drug misuse: concerns about the parent or carer"),
            new Code("2C", "Drug misuse: concerns about another person in the household"),
            new Code("3A", "Domestic abuse: concerns about the child"),
            new Code("3B", "Domestic abuse: concerns about the parent or carer"),
            new Code("3C", "Domestic abuse: concerns about another person in the household"),
            new Code("4A", "Mental health: concerns about the child"),
            new Code("4B", "Mental health: concerns about the parent or carer"),
            new Code("4C", "Mental health: concerns about another person in the household"),
            new Code("5A", "Learning disability: concerns about the child"),
            new Code("5B", "Learning disability: concerns about the parent or carer"),
            new Code("5C", "Learning disability: concerns about another person in the household"),
            new Code("6A", "Physical disability or illness: concerns about the child"),
            new Code("6B", "Physical disability or illness: concerns about the parent or carer"),
            new Code("6C", "Physical disability or illness: concerns about another person in the household"),
            new Code("7A", "Young carer"),
            new Code("8B", "Privately fostered"),
            new Code("9A", "Unaccompanied asylum-seeking child"),
            new Code("10A", "Going or being missing"),
            new Code("11A", "Child sexual exploitation"),
            new Code("12A", "Trafficking"),
            new Code("13A", "Gangs"),
            new Code("14A", "Socially unacceptable behaviour"),
            new Code("15A", "Self-harm"),
            new Code("16A", "Neglect"),
            new Code("17A", "Emotional abuse"),
            new Code("18B", "Physical abuse"),
            new Code("19B", "Sexual abuse"),
            new Code("20", "Other"),
            new Code(NO_FACTORS, "No factors identified"),
            new Code("22A", "Female genital mutilation"),
            new Code("23A", "Abuse linked to faith or belief"),
            new Code("24A", "Child criminal exploitation"));

    /** Primary need at assessment, as domain.md lists them. */
    public static final List<Code> PRIMARY_NEEDS = List.of(
            new Code("N1", "Abuse or neglect"),
            new Code("N2", "Child's disability or illness"),
            new Code("N3", "Parental disability or illness"),
            new Code("N4", "Family in acute stress"),
            new Code("N5", "Family dysfunction"),
            new Code("N6", "Socially unacceptable behaviour"),
            new Code("N7", "Low income"),
            new Code("N8", "Absent parenting"),
            new Code("N9", "Cases other than children in need"),
            new Code("N0", "Not stated"));

    private static final Map<String, String> FACTOR_LABELS = labels(FACTORS);
    private static final Map<String, String> NEED_LABELS = labels(PRIMARY_NEEDS);

    private AssessmentCodes() {
    }

    public static boolean isFactor(String code) {
        return FACTOR_LABELS.containsKey(code);
    }

    public static boolean isPrimaryNeed(String code) {
        return NEED_LABELS.containsKey(code);
    }

    /** "16A Neglect", or the bare code if unknown. */
    public static String factorLabel(String code) {
        return FACTOR_LABELS.containsKey(code) ? code + " " + FACTOR_LABELS.get(code) : code;
    }

    public static String primaryNeedLabel(String code) {
        return code == null ? "Not recorded" : NEED_LABELS.containsKey(code) ? code + " " + NEED_LABELS.get(code) : code;
    }

    private static Map<String, String> labels(List<Code> codes) {
        Map<String, String> m = new LinkedHashMap<>();
        codes.forEach(c -> m.put(c.code(), c.label()));
        return m;
    }
}
