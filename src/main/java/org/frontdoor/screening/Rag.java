package org.frontdoor.screening;

import java.util.Arrays;
import java.util.Optional;
import org.frontdoor.calendar.ClockRule;

/** The MASH's RAG rating of a child's contact: how urgently it must be screened. */
public enum Rag {
    RED("Red", "govuk-tag--red", ClockRule.RAG_RED),
    AMBER("Amber", "govuk-tag--orange", ClockRule.RAG_AMBER),
    GREEN("Green", "govuk-tag--green", ClockRule.RAG_GREEN);

    private final String label;
    private final String tag;
    private final ClockRule defaultRule;

    Rag(String label, String tag, ClockRule defaultRule) {
        this.label = label;
        this.tag = tag;
        this.defaultRule = defaultRule;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag class the rating shows in. */
    public String tag() {
        return tag;
    }

    /** The local default screening clock, used until an administrator sets another. */
    public ClockRule defaultRule() {
        return defaultRule;
    }

    /** The rating a form sent, if it is one; case-insensitive because people type "red" in URLs. */
    public static Optional<Rag> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
