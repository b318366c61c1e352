package org.frontdoor.screening;

import org.springframework.validation.Errors;

/** Adding or changing an indicator. Fields stay strings so that whatever was typed comes back on an error. */
public class ThresholdIndicatorForm {

    static final int MAX_TEXT = 500;

    private String level = "";
    private String domain = "";
    private String text = "";

    static ThresholdIndicatorForm of(int level, ThresholdIndicator indicator) {
        ThresholdIndicatorForm form = new ThresholdIndicatorForm();
        form.level = String.valueOf(level);
        form.domain = indicator.domain().name();
        form.text = indicator.text();
        return form;
    }

    /** Rejects what is wrong, field by field, in the order the fields stand on the page. */
    void validate(Errors errors) {
        if (parsedLevel() == 0) {
            errors.rejectValue("level", "level", "Select the level of need, 1 to 4");
        }
        if (parsedDomain() == null) {
            errors.rejectValue("domain", "domain", "Select the domain: the child's developmental needs, "
                    + "parenting capacity, or family and environmental factors");
        }
        if (text.isBlank()) {
            errors.rejectValue("text", "required", "Enter the indicator, like Child under 1 with an unexplained injury");
        } else if (text.length() > MAX_TEXT) {
            errors.rejectValue("text", "length", "Indicator must be " + MAX_TEXT + " characters or fewer (it has "
                    + text.length() + ")");
        }
    }

    /** 1 to 4, or 0 if not a level. */
    int parsedLevel() {
        return switch (level) {
            case "1", "2", "3", "4" -> Integer.parseInt(level);
            default -> 0;
        };
    }

    ThresholdDomain parsedDomain() {
        for (ThresholdDomain d : ThresholdDomain.values()) {
            if (d.name().equals(domain)) {
                return d;
            }
        }
        return null;
    }

    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level == null ? "" : level.trim(); }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain == null ? "" : domain.trim(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? "" : text.strip(); }
}
