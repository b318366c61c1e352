package org.frontdoor.access;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** The "Add an agency" and "Change an agency's name" form. The code is fixed once made: other records refer to it. */
public class AdminAgenciesForm {

    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,30}");
    static final int MAX_NAME = 100;

    private String code = "";
    private String name = "";
    /** The version a rename form was loaded at; null when adding, or when the form did not say (no check). */
    private Integer version;

    /** Checks the shape of the fields; uniqueness needs the database, so the controller checks that. */
    void validate(boolean adding, Errors errors) {
        if (adding) {
            if (code.isEmpty()) {
                errors.rejectValue("code", "required", "Enter a code for the agency, like YOUTH_JUSTICE");
            } else if (!CODE.matcher(code).matches()) {
                errors.rejectValue("code", "pattern",
                        "Code must be 2 to 30 capital letters, numbers or underscores, like YOUTH_JUSTICE");
            }
        }
        if (name.isEmpty()) {
            errors.rejectValue("name", "required", "Enter the agency’s name");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "long", "Name must be " + MAX_NAME + " characters or fewer");
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.strip(); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
