package org.frontdoor.screening;

import java.time.Instant;

/** Where a request to a partner agency stands, in the words the MASH uses, with the tag colour it shows in. */
public enum InformationRequestStatus {
    AWAITING("Awaiting answer", "govuk-tag--blue"),
    LATE("Late", "govuk-tag--red"),
    ANSWERED("Answered", "govuk-tag--green"),
    ANSWERED_LATE("Answered late", "govuk-tag--orange"),
    OUTSIDE_MASH("Contacted outside the MASH", "govuk-tag--grey");

    private final String label;
    private final String tag;

    InformationRequestStatus(String label, String tag) {
        this.label = label;
        this.tag = tag;
    }

    public String label() {
        return label;
    }

    public String tag() {
        return tag;
    }

    /** Late means after the due time: an answer exactly on time is on time. */
    public static InformationRequestStatus of(Instant dueAt, Instant answeredAt, Instant now) {
        if (answeredAt != null) {
            return answeredAt.isAfter(dueAt) ? ANSWERED_LATE : ANSWERED;
        }
        return now.isAfter(dueAt) ? LATE : AWAITING;
    }
}
