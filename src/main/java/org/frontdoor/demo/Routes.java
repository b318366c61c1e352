package org.frontdoor.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.frontdoor.intake.ReferralSource;

/**
 * How contacts reach the Front Door. Police systems send most notifications straight in, each with the force's own
 * reference; schools and health take to the partner form over the years; the public rings, emails or calls in.
 */
final class Routes {

    /** A contact's route, and for the partner routes the agency that sent it and, from a system, its reference. */
    record Route(String route, String partnerAgency, String partnerReference) {
    }

    static final Route PHONE = new Route("PHONE", null, null);
    static final Route EMAIL = new Route("EMAIL", null, null);
    static final Route IN_PERSON = new Route("IN_PERSON", null, null);

    private final Map<String, Route> forms = new HashMap<>();
    /** The force's next notification number, by year: it numbers the whole county's, so Kingsmere's have gaps. */
    private final Map<Integer, Integer> policeNumbers = new HashMap<>();

    /** {@code progress}: how far through the period the contact comes, 0 to 1. */
    Route pick(ReferralSource source, Worries.Theme theme, boolean immediateDanger, Instant received, double progress,
               DemoRandom random) {
        // Someone worried that a child is in danger right now picks up the phone.
        if (immediateDanger && random.chance(0.95)) {
            return PHONE;
        }
        String code = source.code();
        if (source == ReferralSource.S6) {
            boolean domestic = theme.name().equals("police-domestic");
            return random.chance(domestic ? 0.9 : 0.7) ? police(domestic, received, random)
                    : random.chance(0.75) ? PHONE : EMAIL;
        }
        String agency = formAgency(source, theme);
        double form = code.startsWith("2") ? 0.2 + 0.35 * progress
                : code.startsWith("3") ? 0.15 + 0.3 * progress
                : source == ReferralSource.S5D ? 0.4 : 0.2;
        if (agency != null && random.chance(form)) {
            return forms.computeIfAbsent(agency, a -> new Route("PARTNER_FORM", a, null));
        }
        return switch (source) {
            case S1A, S1B, S1D -> random.chance(0.8) ? PHONE : random.chance(0.6) ? IN_PERSON : EMAIL;
            case S1C -> random.chance(0.65) ? PHONE : random.chance(0.8) ? IN_PERSON : EMAIL;
            case S9 -> random.chance(0.85) ? PHONE : EMAIL;
            case S10 -> random.chance(0.5) ? PHONE : EMAIL;
            default -> random.chance(0.5) ? PHONE : random.chance(0.95) ? EMAIL : IN_PERSON;
        };
    }

    /** The partner agency whose practitioners may send this kind of contact through the partner form. */
    private static String formAgency(ReferralSource source, Worries.Theme theme) {
        return switch (source) {
            case S2A, S2B -> "EDUCATION";
            case S3A, S3B, S3C, S3D, S3E, S3F -> "HEALTH";
            case S4 -> "HOUSING";
            case S5D -> "EARLY_HELP";
            case S7 -> theme.name().equals("probation") ? "PROBATION"
                    : theme.name().equals("youth-justice") ? "YOUTH_JUSTICE" : null;
            default -> null;
        };
    }

    /** "DA-2025-012345" for a domestic abuse notification, "CP-2025-012346" for other child concerns. */
    private Route police(boolean domestic, Instant received, DemoRandom random) {
        int year = received.atZone(DemoOptions.ZONE).getYear();
        int number = policeNumbers.computeIfAbsent(year, y -> 100 + random.below(900));
        policeNumbers.put(year, number + 1 + random.below(9));
        String digits = Integer.toString(number);
        String reference = (domestic ? "DA-" : "CP-") + year + "-" + "000000".substring(digits.length()) + digits;
        return new Route("PARTNER_API", "POLICE", reference);
    }
}
