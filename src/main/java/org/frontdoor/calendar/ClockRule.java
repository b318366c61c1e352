package org.frontdoor.calendar;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How long a piece of work may take, such as "single assessment: 45 working days". The statutory
 * timescales come from Working Together to Safeguard Children; the RAG screening clocks are this
 * service's local defaults, and a local authority may set its own with {@code new ClockRule(...)}.
 *
 * @param name what the clock is for, in the service's words
 * @param kind how {@code amount} is counted
 * @param amount how many working days or hours
 */
public record ClockRule(String name, Kind kind, int amount) {

    /** How a rule's amount is counted. */
    public enum Kind {
        /** The same time of day on the Nth working day after the start. */
        WORKING_DAYS,
        /** Real elapsed hours, weekends and holidays included. */
        HOURS,
        /** Elapsed hours not counting weekends and holidays (whole days). */
        WORKING_HOURS
    }

    /** Decision on a contact or referral: within 1 working day. */
    public static final ClockRule CONTACT_DECISION = new ClockRule("Contact decision", Kind.WORKING_DAYS, 1);

    /** Single assessment: within 45 working days of the referral. */
    public static final ClockRule SINGLE_ASSESSMENT = new ClockRule("Single assessment", Kind.WORKING_DAYS, 45);

    /** Initial child protection conference: within 15 working days of the strategy discussion. */
    public static final ClockRule INITIAL_CHILD_PROTECTION_CONFERENCE =
            new ClockRule("Initial child protection conference", Kind.WORKING_DAYS, 15);

    /** RAG screening, red: 4 hours. */
    public static final ClockRule RAG_RED = new ClockRule("Red screening", Kind.HOURS, 4);

    /** RAG screening, amber: 1 working day. */
    public static final ClockRule RAG_AMBER = new ClockRule("Amber screening", Kind.WORKING_DAYS, 1);

    /** RAG screening, green: 72 hours. */
    public static final ClockRule RAG_GREEN = new ClockRule("Green screening", Kind.HOURS, 72);

    public ClockRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (amount < 0) {
            throw new IllegalArgumentException("Amount must not be negative: " + amount);
        }
    }

    /** When work started at {@code start} is due under this rule. */
    public ZonedDateTime due(ZonedDateTime start, WorkingCalendar calendar) {
        return switch (kind) {
            case WORKING_DAYS -> calendar.dueInWorkingDays(start, amount);
            case HOURS -> calendar.dueInHours(start, amount, false);
            case WORKING_HOURS -> calendar.dueInHours(start, amount, true);
        };
    }

    /** A new, open clock for work started at {@code start}. */
    public Clock start(ZonedDateTime start, WorkingCalendar calendar) {
        return new Clock(start.toInstant(), due(start, calendar).toInstant());
    }
}
