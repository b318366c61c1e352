package org.frontdoor.screening;

import org.springframework.validation.Errors;

/** Changing a level's description in a draft. */
public class ThresholdLevelForm {

    static final int MAX_DESCRIPTION = 2000;

    private String description = "";

    static ThresholdLevelForm of(ThresholdLevel level) {
        ThresholdLevelForm form = new ThresholdLevelForm();
        form.description = level.description();
        return form;
    }

    void validate(Errors errors) {
        if (description.isBlank()) {
            errors.rejectValue("description", "required", "Enter a description of the level: who it is for and "
                    + "what response it leads to");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "length", "Description must be " + MAX_DESCRIPTION
                    + " characters or fewer (it has " + description.length() + ")");
        }
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description == null ? "" : description.strip(); }
}
