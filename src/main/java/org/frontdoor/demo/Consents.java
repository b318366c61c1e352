package org.frontdoor.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.intake.ReferralSource;

/**
 * The family's consent to a contact, as referrers report it. Schools and health mostly ask first; police domestic
 * abuse notifications mostly do not, under the protocol, or dispense with it; anonymous callers cannot. Consent not
 * sought for no good reason grows rarer over the period, as Kingsmere's improvement plan intended.
 */
final class Consents {

    enum Kind {
        GIVEN, REFUSED, NOT_SOUGHT, NOT_SOUGHT_POORLY, DISPENSED_WITH;

        /** The value of contact.consent. */
        String column() {
            return this == NOT_SOUGHT_POORLY ? "NOT_SOUGHT" : name();
        }
    }

    record Details(String givenBy, Instant givenAt, String reason, String authorisedBy) {
    }

    record Override(String reason, String manager, Instant at) {
    }

    /** Weights of GIVEN, REFUSED, NOT_SOUGHT, NOT_SOUGHT_POORLY and DISPENSED_WITH by who refers. */
    private static final Weighted<Kind> POLICE_DOMESTIC = kinds(6, 3, 48, 15, 28);
    private static final Weighted<Kind> POLICE = kinds(22, 8, 25, 15, 30);
    /** A child's injury the parents may have caused: the school or hospital does not warn them first. */
    private static final Weighted<Kind> INJURY = kinds(12, 3, 3, 7, 75);
    private static final Weighted<Kind> SCHOOL = kinds(70, 6, 4, 12, 8);
    private static final Weighted<Kind> HEALTH = kinds(66, 7, 5, 12, 10);
    private static final Weighted<Kind> PROFESSIONAL = kinds(60, 8, 7, 15, 10);
    private static final Weighted<Kind> INDIVIDUAL = kinds(8, 2, 72, 15, 3);
    private static final Weighted<Kind> SELF = kinds(55, 0, 45, 0, 0);
    /** How much rarer poorly explained "not sought" is by the end of the period than at its start. */
    private static final double IMPROVEMENT = 0.7;

    private static final List<String> MANAGERS = DemoUsers.mashManagers();
    private static final List<String> REFUSED = intake("refused");
    private static final List<String> OVERRIDE = intake("override");
    private static final List<String> DISPENSED_POLICE = intake("dispensed police");
    private static final List<String> DISPENSED = intake("dispensed");
    private static final List<String> POORLY = intake("not sought poorly");
    private static final List<String> NOT_SOUGHT_POLICE_DOMESTIC = intake("not sought police-domestic");
    private static final List<String> NOT_SOUGHT_POLICE = intake("not sought police");
    private static final List<String> NOT_SOUGHT_INDIVIDUAL = intake("not sought individual");
    private static final List<String> NOT_SOUGHT_SELF = intake("not sought self");
    private static final List<String> NOT_SOUGHT_ANONYMOUS = intake("not sought anonymous");
    private static final List<String> NOT_SOUGHT_UNKNOWN = intake("not sought unknown");
    private static final List<String> NOT_SOUGHT_PROFESSIONAL = intake("not sought professional");

    private Consents() {
    }

    /** {@code progress}: how far through the period the contact comes, 0 to 1. */
    static Kind pick(ReferralSource source, Worries.Theme theme, double progress, DemoRandom random) {
        Weighted<Kind> kinds = switch (source) {
            case S9, S10 -> null;
            case S1C -> SELF;
            case S1A, S1B, S1D -> INDIVIDUAL;
            case S6 -> isDomestic(theme) ? POLICE_DOMESTIC : POLICE;
            case S2A, S2B -> theme.name().equals("school-injury") ? INJURY : SCHOOL;
            case S3A, S3B, S3C, S3D, S3E, S3F -> theme.name().equals("emergency-injury") ? INJURY : HEALTH;
            default -> PROFESSIONAL;
        };
        if (kinds == null) {
            return Kind.NOT_SOUGHT;
        }
        Kind kind = kinds.pick(random);
        if (kind == Kind.NOT_SOUGHT_POORLY && random.chance(IMPROVEMENT * progress)) {
            // The referrer now records the protocol they followed, or asks the family first.
            boolean protocol = isDomestic(theme) || kinds == INDIVIDUAL;
            kind = protocol ? Kind.NOT_SOUGHT : Kind.GIVEN;
        }
        return kind;
    }

    /**
     * When a manager overrode a refusal, or null: mostly when the child went on to be referred or was in danger, so
     * after the contact was typed up and before the referral; never after {@code end}.
     */
    static Instant overriddenAt(Instant recorded, Instant referred, boolean immediateDanger, Instant end,
                                DemoRandom random) {
        if (!random.chance(referred != null ? 0.6 : immediateDanger ? 0.5 : 0.04)) {
            return null;
        }
        if (referred != null) {
            return recorded.plusSeconds((long) (random.nextDouble() * Duration.between(recorded, referred).getSeconds()));
        }
        Instant at = recorded.plusSeconds(60L * random.between(20, 240));
        return at.isAfter(end) ? end : at;
    }

    static Override override(DemoContact contact, DemoRandom random) {
        return new Override(random.one(OVERRIDE), random.one(MANAGERS), contact.consentOverriddenAt());
    }

    static Details describe(DemoContact contact, DemoRandom random) {
        return switch (contact.consent()) {
            case GIVEN -> new Details(givenBy(contact, random), givenAt(contact, random), null, null);
            case REFUSED -> new Details(null, null, refused(contact, random), null);
            case NOT_SOUGHT -> new Details(null, null, random.one(notSought(contact)), null);
            case NOT_SOUGHT_POORLY -> new Details(null, null, random.one(POORLY), null);
            case DISPENSED_WITH -> new Details(null, null, random.one(contact.source() == ReferralSource.S6
                    ? DISPENSED_POLICE : DISPENSED), random.one(MANAGERS));
        };
    }

    private static List<String> notSought(DemoContact contact) {
        return switch (contact.source()) {
            case S9 -> NOT_SOUGHT_ANONYMOUS;
            case S10 -> NOT_SOUGHT_UNKNOWN;
            case S1C -> NOT_SOUGHT_SELF;
            case S1A, S1B, S1D -> NOT_SOUGHT_INDIVIDUAL;
            case S6 -> isDomestic(contact.theme()) ? NOT_SOUGHT_POLICE_DOMESTIC : NOT_SOUGHT_POLICE;
            default -> NOT_SOUGHT_PROFESSIONAL;
        };
    }

    /** Who agreed: the mother mostly, a parent at home, a young person old enough, or the kinship carer. */
    private static String givenBy(DemoContact contact, DemoRandom random) {
        DemoFamily family = contact.family();
        if (contact.source() == ReferralSource.S1C) {
            return "Young person";
        }
        List<Weighted.Entry<String>> who = new ArrayList<>();
        who.add(new Weighted.Entry<>("Mother", family.kinshipCare() ? 15 : 60));
        if (family.kinshipCare()) {
            who.add(new Weighted.Entry<>(family.grandparent().sex().equals("M") ? "Grandfather" : "Grandmother", 45));
        }
        if (family.father() != null) {
            who.add(new Weighted.Entry<>("Father", family.fatherAtHome() ? 8 : 2));
            who.add(new Weighted.Entry<>("Both parents", family.fatherAtHome() ? 14 : 1));
        }
        if (family.stepParent() != null) {
            who.add(new Weighted.Entry<>(family.stepParent().sex().equals("M") ? "Stepfather" : "Stepmother", 3));
        }
        if (contact.children().stream().anyMatch(c -> c.ageOn(contact.receivedOn()) >= 13)) {
            who.add(new Weighted.Entry<>("Young person", 10));
        }
        return new Weighted<>(who).pick(random);
    }

    /** Shortly before the contact: at the scene for police and A&E, often the day before for others. */
    private static Instant givenAt(DemoContact contact, DemoRandom random) {
        ReferralSource source = contact.source();
        long minutes = source == ReferralSource.S6 || source == ReferralSource.S3E ? random.between(5, 120)
                : 5 + (long) Math.min(72 * 60, random.exponential(6 * 60));
        return contact.receivedAt().minusSeconds(60 * minutes);
    }

    private static String refused(DemoContact contact, DemoRandom random) {
        String reason = random.one(REFUSED);
        if (reason.startsWith("Father") && contact.family().father() == null
                || reason.startsWith("Young person") && contact.children().stream()
                        .noneMatch(c -> c.ageOn(contact.receivedOn()) >= 12)) {
            return REFUSED.get(0);
        }
        return reason;
    }

    static boolean isDomestic(Worries.Theme theme) {
        return theme.name().equals("police-domestic");
    }

    static List<String> intake(String section) {
        return DemoResources.section("intake.txt", section);
    }

    private static Weighted<Kind> kinds(double... weights) {
        List<Weighted.Entry<Kind>> entries = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (weights[kind.ordinal()] > 0) {
                entries.add(new Weighted.Entry<>(kind, weights[kind.ordinal()]));
            }
        }
        return new Weighted<>(entries);
    }
}
