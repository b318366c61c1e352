package org.frontdoor.screening;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.WorkingCalendar;

/**
 * The screening clock each RAG rating sets, counted from when the contact was received. Plain Java so the clock
 * arithmetic can be tested without the application.
 */
public record ScreeningSettings(Map<Rag, ClockRule> rules) {

    /** Longest clocks an administrator may set: beyond these a "screening" clock would mean nothing. */
    static final int MAX_HOURS = 168;
    static final int MAX_WORKING_DAYS = 10;

    public ScreeningSettings {
        rules = Map.copyOf(rules);
        for (Rag rag : Rag.values()) {
            Objects.requireNonNull(rules.get(rag), () -> "No screening clock for " + rag);
        }
    }

    /** Red 4 hours, amber 1 working day, green 72 hours. */
    public static ScreeningSettings defaults() {
        Map<Rag, ClockRule> rules = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            rules.put(rag, rag.defaultRule());
        }
        return new ScreeningSettings(rules);
    }

    public ClockRule rule(Rag rag) {
        return rules.get(rag);
    }

    /** When a contact received at {@code received} and rated {@code rag} must be screened by. */
    public Instant due(Rag rag, Instant received, ZoneId zone, WorkingCalendar calendar) {
        return rule(rag).due(received.atZone(zone), calendar).toInstant();
    }

    /** A rule for {@code rag} as an administrator would set it. */
    public static ClockRule rule(Rag rag, ClockRule.Kind kind, int amount) {
        return new ClockRule(rag.label() + " screening", kind, amount);
    }

    /** What is wrong with an amount for a kind of clock, in words for the settings page; null if nothing is. */
    public static String problem(Rag rag, ClockRule.Kind kind, String amountText) {
        String what = rag.label() + " screening time";
        if (amountText == null || amountText.isBlank()) {
            return "Enter the " + rag.label().toLowerCase() + " screening time";
        }
        int amount;
        try {
            amount = Integer.parseInt(amountText.strip());
        } catch (NumberFormatException e) {
            return what + " must be a whole number, like 4";
        }
        int max = kind == ClockRule.Kind.WORKING_DAYS ? MAX_WORKING_DAYS : MAX_HOURS;
        if (amount < 1 || amount > max) {
            return what + " must be between 1 and " + max + " " + unit(kind, 2);
        }
        return null;
    }

    /** "4 hours", "1 working day", "6 working hours". */
    public static String describe(ClockRule rule) {
        return rule.amount() + " " + unit(rule.kind(), rule.amount());
    }

    static String unit(ClockRule.Kind kind, int amount) {
        String unit = switch (kind) {
            case HOURS -> "hour";
            case WORKING_DAYS -> "working day";
            case WORKING_HOURS -> "working hour";
        };
        return amount == 1 ? unit : unit + "s";
    }
}
