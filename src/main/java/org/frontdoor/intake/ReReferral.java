package org.frontdoor.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/** DfE: a re-referral is a referral of a child within 12 months of a previous referral of the same child. */
public final class ReReferral {

    private ReReferral() {
    }

    public static boolean isReReferral(LocalDate previous, LocalDate referral) {
        return previous.isBefore(referral) && !previous.isBefore(referral.minusMonths(12));
    }

    /** The latest earlier referral that would make a referral on {@code date} a re-referral, if any. */
    public static Optional<LocalDate> previousWithin12Months(Collection<LocalDate> referrals, LocalDate date) {
        return referrals.stream().filter(r -> isReReferral(r, date)).max(LocalDate::compareTo);
    }

    public static long daysBetween(LocalDate previous, LocalDate referral) {
        return ChronoUnit.DAYS.between(previous, referral);
    }
}
