package org.frontdoor.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.frontdoor.intake.ReferralSource;

/**
 * Which contacts the MASH accepted for a social-work response, making each child a referral: about one child named
 * in five, more for police and for a child in danger, fewer for anonymous callers. A child referred in the last 12
 * months is more likely to be referred again, so about a fifth of referrals are re-referrals, as in England.
 */
final class Referrals {

    /** The children referred, as bits by their place in the contact, and when; null when none was. */
    record Decision(int children, Instant at) {
    }

    private static final long TWELVE_MONTHS = Duration.ofDays(365).getSeconds();
    /** How much likelier a child referred in the last 12 months is to be referred again from a new contact. */
    private static final double REFERRED_BEFORE = 3;

    private final Instant end;
    /** Each child's latest referral, in epoch seconds, by person id; 0 for none. */
    private long[] lastReferred = new long[1024];

    Referrals(DemoOptions options) {
        end = options.until().atStartOfDay(DemoOptions.ZONE).toInstant();
    }

    Decision decide(ReferralSource source, Worries.Theme theme, boolean immediateDanger, List<DemoPerson> children,
                    Instant received, Instant recorded, DemoRandom random) {
        double chance = immediateDanger ? 0.85 : chance(source, theme.name());
        long yearAgo = received.getEpochSecond() - TWELVE_MONTHS;
        if (children.stream().anyMatch(c -> referredSince(c, yearAgo))) {
            chance = Math.min(0.9, chance * REFERRED_BEFORE);
        }
        if (!random.chance(chance)) {
            return null;
        }
        // Decided within the working day the clock allows; still open if that is after the end of the period.
        Instant due = DecisionClock.due(received);
        Instant at = recorded.plusSeconds((long) (random.nextDouble()
                * Math.max(0, Duration.between(recorded, due).getSeconds())));
        if (at.isAfter(end)) {
            return null;
        }
        int referred = 1;
        for (int i = 1; i < children.size(); i++) {
            if (random.chance(0.95)) {
                referred |= 1 << i;
            }
        }
        for (int i = 0; i < children.size(); i++) {
            if ((referred & 1 << i) != 0) {
                remember(children.get(i), at);
            }
        }
        return new Decision(referred, at);
    }

    private boolean referredSince(DemoPerson child, long since) {
        int id = (int) child.id();
        return id < lastReferred.length && lastReferred[id] != 0 && lastReferred[id] >= since;
    }

    private void remember(DemoPerson child, Instant at) {
        int id = (int) child.id();
        if (id >= lastReferred.length) {
            lastReferred = Arrays.copyOf(lastReferred, Math.max(id + 1, lastReferred.length * 2));
        }
        lastReferred[id] = at.getEpochSecond();
    }

    /** The chance that a contact leads to a referral, by who made it and what about. */
    private static double chance(ReferralSource source, String theme) {
        return switch (source) {
            case S6 -> theme.equals("police-domestic") ? 0.13 : 0.25;
            case S2A -> theme.equals("school-injury") ? 0.45 : 0.15;
            case S2B, S4, S1B, S1D -> 0.12;
            case S3A, S3B, S3C, S3D, S3E, S3F -> theme.startsWith("emergency") ? 0.35 : 0.18;
            case S5A, S7, S1A -> 0.18;
            case S5B -> 0.1;
            case S5C -> 0.4;
            case S5D -> 0.3;
            case S1C -> 0.25;
            case S8 -> 0.15;
            case S9 -> 0.05;
            case S10 -> 0.06;
        };
    }
}
