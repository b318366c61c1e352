package org.frontdoor.demo;

import static org.frontdoor.demo.ContactTimes.Pattern.EMERGENCY_DEPARTMENT;
import static org.frontdoor.demo.ContactTimes.Pattern.OFFICE_HOURS;
import static org.frontdoor.demo.ContactTimes.Pattern.PUBLIC;
import static org.frontdoor.demo.ContactTimes.Pattern.ROUND_THE_CLOCK;
import static org.frontdoor.demo.ContactTimes.Pattern.SCHOOL_DAY;

import java.util.List;
import org.frontdoor.intake.ReferralSource;

/**
 * Who contacts the Kingsmere Front Door, in what proportions (per cent of contacts, close to the national shares
 * in DfE's "Children in need" statistics), when, and how often saying a child is in immediate danger.
 */
final class ReferralMix {

    record Share(ReferralSource source, double percent, ContactTimes.Pattern times, double immediateDanger) {
    }

    static final List<Share> SHARES = List.of(
            // Police: about a third, most of them domestic abuse notifications, at all hours.
            new Share(ReferralSource.S6, 32, ROUND_THE_CLOCK, 0.06),
            new Share(ReferralSource.S2A, 18, SCHOOL_DAY, 0.015),
            new Share(ReferralSource.S2B, 2, OFFICE_HOURS, 0.01),
            // Health, 16 in all.
            new Share(ReferralSource.S3A, 3, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S3B, 3, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S3C, 1, SCHOOL_DAY, 0.015),
            new Share(ReferralSource.S3D, 1, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S3E, 5, EMERGENCY_DEPARTMENT, 0.06),
            new Share(ReferralSource.S3F, 3, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S4, 2, OFFICE_HOURS, 0.015),
            // The council's own services, 11 in all.
            new Share(ReferralSource.S5A, 3, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S5B, 2, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S5C, 2, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S5D, 4, OFFICE_HOURS, 0.015),
            // Individuals, 8 in all.
            new Share(ReferralSource.S1A, 4, PUBLIC, 0.02),
            new Share(ReferralSource.S1B, 2, PUBLIC, 0.02),
            new Share(ReferralSource.S1C, 1, PUBLIC, 0.05),
            new Share(ReferralSource.S1D, 1, PUBLIC, 0.02),
            new Share(ReferralSource.S7, 3, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S8, 5, OFFICE_HOURS, 0.015),
            new Share(ReferralSource.S9, 2, PUBLIC, 0.02),
            new Share(ReferralSource.S10, 1, OFFICE_HOURS, 0.01));

    static final Weighted<Share> MIX =
            new Weighted<>(SHARES.stream().map(s -> new Weighted.Entry<>(s, s.percent())).toList());

    private ReferralMix() {
    }
}
