package org.frontdoor.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.intake.DateFields;
import org.frontdoor.intake.FieldProblem;

/** What a strategy discussion record must say. Plain Java: no Spring, no database. */
public final class StrategyRules {

    /** A discussion may be written up as held up to a day before it was formally requested (it often starts first). */
    static final Duration HELD_BEFORE_REQUEST = Duration.ofDays(1);

    private StrategyRules() {
    }

    /** When the discussion was held, or null if the boxes do not make a date and time. */
    public static Instant heldAt(StrategyForm f, ZoneId zone) {
        DateFields.Parsed day = DateFields.parse("Date held", f.getHeldDay(), f.getHeldMonth(), f.getHeldYear());
        LocalTime time = DateFields.time(f.getHeldTime());
        return day.date() == null || time == null ? null : day.date().atTime(time).atZone(zone).toInstant();
    }

    public static List<FieldProblem> check(StrategyForm f, Instant requestedAt, Instant now, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        DateFields.Parsed day = DateFields.parse("Date held", f.getHeldDay(), f.getHeldMonth(), f.getHeldYear());
        if (day.problem() != null) {
            problems.add(new FieldProblem("heldDay", day.problem()));
        } else if (day.date() == null) {
            problems.add(new FieldProblem("heldDay", "Enter the date the discussion was held"));
        }
        if (DateFields.time(f.getHeldTime()) == null) {
            problems.add(new FieldProblem("heldTime", f.getHeldTime().isEmpty() ? "Enter the time the discussion was held"
                    : "Enter the time as hours and minutes, for example 14:30"));
        }
        Instant held = heldAt(f, zone);
        if (held != null && held.isAfter(now)) {
            problems.add(new FieldProblem("heldDay", "The discussion cannot be recorded as held in the future"));
        } else if (held != null && held.isBefore(requestedAt.minus(HELD_BEFORE_REQUEST))) {
            problems.add(new FieldProblem("heldDay", "The discussion cannot have been held more than a day before it "
                    + "was requested (" + PlanRules.day(LocalDate.ofInstant(requestedAt, zone)) + ")"));
        }
        List<StrategyForm.Attendee> present = f.present();
        if (present.isEmpty()) {
            problems.add(new FieldProblem("attendees", "Enter who attended the discussion"));
        }
        for (int i = 0; i < f.getAttendees().size(); i++) {
            StrategyForm.Attendee a = f.getAttendees().get(i);
            if (a.blank()) {
                continue;
            }
            if (a.getName().isEmpty()) {
                problems.add(new FieldProblem("attendees[" + i + "].name", "Enter the name of attendee " + (i + 1)));
            }
            if (a.getAgency().isEmpty()) {
                problems.add(new FieldProblem("attendees[" + i + "].agency", "Select the agency of attendee " + (i + 1)));
            }
        }
        if (f.getInformationShared().isEmpty()) {
            problems.add(new FieldProblem("informationShared", "Enter the information shared"));
        }
        if (StrategyDecision.parse(f.getOutcome()) == null) {
            problems.add(new FieldProblem("outcome", "Select the decision of the strategy discussion"));
        }
        if (f.getRationale().isEmpty()) {
            problems.add(new FieldProblem("rationale", "Enter the rationale for the decision"));
        }
        return problems;
    }

    /**
     * The statutory partners missing from a discussion: police and health should always take part (Working Together).
     * Missing them is a warning, not a refusal: the discussion still happened and must be recorded.
     */
    public static List<String> missingPartners(List<String> attendeeAgencies, String policeName, String healthName) {
        List<String> missing = new ArrayList<>();
        if (attendeeAgencies.stream().noneMatch(policeName::equalsIgnoreCase)) {
            missing.add("police");
        }
        if (attendeeAgencies.stream().noneMatch(healthName::equalsIgnoreCase)) {
            missing.add("health");
        }
        return missing;
    }
}
