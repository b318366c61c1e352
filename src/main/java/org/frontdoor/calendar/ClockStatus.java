package org.frontdoor.calendar;

/** Where a {@link Clock} stands, with the words to show a practitioner. */
public enum ClockStatus {
    ON_TIME("On time"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    MET("Met"),
    MET_LATE("Met late");

    private final String label;

    ClockStatus(String label) {
        this.label = label;
    }

    /** Plain English for display, such as "Due soon". */
    public String label() {
        return label;
    }
}
