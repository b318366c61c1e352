package org.frontdoor.demo;

import java.util.List;
import java.util.regex.Pattern;

/** Homes in the fictional borough: "12 Albion Street, Kingsmere" or "Flat 3, Tamar Court, Kingsmere", "KM3 4AB". */
final class Addresses {

    /** A household's address; both parts null when it is not known. */
    record Home(String address, String postcode) {
        static final Home UNKNOWN = new Home(null, null);
    }

    /** The letters used in the inward part of UK postcodes (never C, I, K, M, O or V). */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final Pattern BLOCK_OF_FLATS = Pattern.compile(" (House|Court|Tower)$");
    private static final List<String> STREETS = DemoResources.section("places.txt", "streets");

    private Addresses() {
    }

    static Home next(DemoRandom random) {
        int street = random.below(STREETS.size());
        String name = STREETS.get(street);
        String line = BLOCK_OF_FLATS.matcher(name).find() ? "Flat " + random.between(1, 64) + ", " + name
                : random.between(1, 180) + " " + name;
        String postcode = "KM" + (1 + street % 9) + " " + random.between(1, 9) + unitLetter(random) + unitLetter(random);
        return new Home(line + ", Kingsmere", postcode);
    }

    private static char unitLetter(DemoRandom random) {
        return UNIT_LETTERS.charAt(random.below(UNIT_LETTERS.length()));
    }
}
