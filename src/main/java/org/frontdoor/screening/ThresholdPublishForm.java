package org.frontdoor.screening;

import org.springframework.validation.Errors;

/** Confirming publication, with an optional note of what changed (shown in the list of versions). */
public class ThresholdPublishForm {

    static final int MAX_NOTES = 2000;

    private String notes = "";

    void validate(Errors errors) {
        if (notes.length() > MAX_NOTES) {
            errors.rejectValue("notes", "length", "What changed must be " + MAX_NOTES
                    + " characters or fewer (it has " + notes.length() + ")");
        }
    }

    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes == null ? "" : notes.strip(); }
}
