package org.frontdoor.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What to generate: contacts received in the {@code years} years before {@code until} (the day itself is left
 * out, so that with today nothing lies in the future), for a borough of the given size. The same options always
 * give the same data.
 */
public record DemoOptions(long seed, int years, Size size, LocalDate until) {

    /** Kingsmere is in England: working hours, school days and dates of birth are on London time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final int MAX_YEARS = 10;

    /** Contacts a year: small is a small shire district's worth, large a large metropolitan authority's. */
    public enum Size {
        SMALL(5_000), MEDIUM(20_000), LARGE(50_000);

        private final int contactsPerYear;

        Size(int contactsPerYear) {
            this.contactsPerYear = contactsPerYear;
        }

        public int contactsPerYear() {
            return contactsPerYear;
        }
    }

    public DemoOptions {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(until, "until");
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("Demo years must be from 1 to " + MAX_YEARS + ", not " + years);
        }
    }

    /** The first day contacts are received on. */
    public LocalDate firstDay() {
        return until.minusYears(years);
    }

    public int contacts() {
        return years * size.contactsPerYear();
    }
}
