package org.frontdoor.demo;

import java.util.Locale;

/** What a demo load put in the database, and how long it took. */
public record DemoSummary(DemoOptions options, int contacts, long children, int people, int relationships,
                          long subjects, long referrals, double seconds) {

    @Override
    public String toString() {
        return String.format(Locale.UK, "Demo data loaded: %,d contacts about %,d children (%d %s, %s, up to %s, "
                        + "seed %d); %,d people, %,d relationships, %,d people named in contacts, %,d referrals; in %.1f s",
                contacts, children, options.years(), options.years() == 1 ? "year" : "years",
                options.size().name().toLowerCase(Locale.ROOT), options.until(), options.seed(), people,
                relationships, subjects, referrals, seconds);
    }
}
