package org.frontdoor.demo;

import org.frontdoor.people.NhsNumber;

/**
 * NHS numbers from the range starting 999, which NHS England keeps for test data, so that no demo record can be
 * mistaken for a real patient's. Each is issued once, with a valid modulus 11 check digit.
 */
final class NhsNumbers {

    private static final long FIRST_STEM = 999_000_000L;
    private static final int STEMS = 1_000_000;
    /** Coprime with STEMS, so stepping by it visits every stem once, in an order that does not look sequential. */
    private static final long STRIDE = 387_403;

    private int issued;

    /** The next unused number, or null once the test range (about 909,000 numbers) is used up. */
    String next() {
        while (issued < STEMS) {
            long stem = FIRST_STEM + (issued++ * STRIDE) % STEMS;
            int check = NhsNumber.checkDigit(stem);
            if (check < 10) {
                return Long.toString(stem * 10 + check);
            }
        }
        return null;
    }
}
