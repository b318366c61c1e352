package org.frontdoor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontdoor.intake.ReferralSource;

/**
 * A contact about one or more children of a family. What needs the generator's running state (the route's partner
 * reference, who is named, consent, referrals) is decided as it is made; the words (the referrer's details, the
 * worries, consent reasons, names as written) are written only when asked for, from {@code textSeed}, so that a
 * large borough's text is never all in memory at once.
 *
 * @param adultsNamed the family's adults the referrer named, as {@link Subjects} bits
 * @param firstSubjectId the id of the contact's first subject; the others follow it
 * @param childrenReferred the children who became referrals, as bits by their place in {@code children}
 * @param referredAt when they did, or null
 * @param consentOverriddenAt when a manager overrode a refusal, or null
 */
record DemoContact(long id, Instant receivedAt, Instant recordedAt, String recordedBy, ReferralSource source,
                   Worries.Theme theme, DemoFamily family, List<DemoPerson> children, boolean immediateDanger,
                   Routes.Route route, Consents.Kind consent, Instant consentOverriddenAt, int adultsNamed,
                   long firstSubjectId, int childrenReferred, Instant referredAt, long textSeed) {

    /** Each kind of text has its own stream, so writing one never needs another written first. */
    private static final long SUBJECTS = 0x9E3779B97F4A7C15L;
    private static final long OVERRIDE = 0xC2B2AE3D27D4EB4FL;

    record Written(Referrers.Referrer referrer, String worries, String actions, Consents.Details consent,
                   String fatherNotKnown) {
    }

    /** Who made the contact, what they said and did, and consent: the same every time, made from the seed. */
    Written write() {
        DemoRandom random = new DemoRandom(textSeed);
        Referrers.Referrer referrer = Referrers.describe(this, random);
        String worries = Worries.write(this, random);
        String actions = Referrers.actions(this, random);
        Consents.Details consent = Consents.describe(this, random);
        return new Written(referrer, worries, actions, consent, Subjects.fatherNotKnown(this, random));
    }

    /** The children, then the adults, the contact names. */
    List<DemoSubject> subjects() {
        return Subjects.of(this, new DemoRandom(textSeed ^ SUBJECTS));
    }

    /** The manager's override of the family's refusal, or null. */
    Consents.Override consentOverride() {
        return consentOverriddenAt == null ? null : Consents.override(this, new DemoRandom(textSeed ^ OVERRIDE));
    }

    LocalDate receivedOn() {
        return receivedAt.atZone(DemoOptions.ZONE).toLocalDate();
    }
}
