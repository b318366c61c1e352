package org.frontdoor.casework;

/** A change to an assessment that was refused: the message says why, in words to show the user. */
public class AssessmentRefused extends RuntimeException {

    private final String field;

    public AssessmentRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal concerns, or null for the whole form (such as a stale version). */
    public String field() {
        return field;
    }
}
