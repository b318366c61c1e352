package org.frontdoor.casework;

/**
 * A parent or carer on the child's record (mother, father, step-parent, carer) and their involvement in the
 * assessment; {@code involved} is null until recorded.
 */
public record AssessmentParent(long personId, String name, String relationship, Boolean involved, String how) {

    public String relationshipLabel() {
        return switch (relationship) {
            case "MOTHER" -> "Mother";
            case "FATHER" -> "Father";
            case "STEP_PARENT" -> "Step-parent";
            default -> "Carer";
        };
    }

    public boolean father() {
        return "FATHER".equals(relationship);
    }
}
