package org.frontdoor.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How likely a person in the index is the person searched for, 0 to 100, and why. Plain rules, no database: names
 * arrive already as keys ({@code person_name_key}) with their Double Metaphone codes.
 *
 * <p>Only an NHS number match scores above {@value #MAX_WITHOUT_NHS}. A different surname costs nothing, because
 * children's surnames change; a different date of birth or NHS number costs a lot, because they rarely do.
 */
final class MatchScore {

    /** Below this a candidate is not worth a worker's time. */
    static final int MIN_SCORE = 35;
    static final int MAX_WITHOUT_NHS = 90;

    private MatchScore() {
    }

    /** A name's key ("o brien smith") and its Double Metaphone codes; blank parts are empty strings. */
    record Name(String key, String sound, String altSound) {

        Name {
            key = key == null ? "" : key.trim().replaceAll("\\s+", " ");
            sound = sound == null ? "" : sound;
            altSound = altSound == null ? "" : altSound;
        }

        static Name of(String key) {
            return new Name(key, "", "");
        }

        boolean isBlank() {
            return key.isEmpty();
        }

        List<String> parts() {
            return isBlank() ? List.of() : Arrays.asList(key.split(" "));
        }

        /** The same main pronunciation; with {@code loosely}, also one name's main and the other's alternative. */
        boolean soundsLike(Name other, boolean loosely) {
            if (sound.isEmpty() || other.sound.isEmpty()) {
                return false;
            }
            return sound.equals(other.sound) || loosely && (sound.equals(other.altSound) || altSound.equals(other.sound));
        }
    }

    /** The details compared; the postcode is a key too ({@code person_postcode_key}: upper case, no spaces). */
    record Subject(Name first, Name last, LocalDate dateOfBirth, String nhsNumber, String postcode) {
    }

    record Result(int score, List<String> reasons) {
    }

    private record Points(int points, String reason) {
        static final Points NONE = new Points(0, null);
    }

    static Result score(Subject search, Subject candidate, Nicknames nicknames) {
        List<String> reasons = new ArrayList<>();
        boolean nhsMatches = false;
        boolean nhsDiffers = false;
        if (search.nhsNumber() != null && candidate.nhsNumber() != null) {
            nhsMatches = search.nhsNumber().equals(candidate.nhsNumber());
            nhsDiffers = !nhsMatches;
            if (nhsMatches) {
                reasons.add("NHS number matches");
            }
        }
        int rest = names(search, candidate, nicknames, reasons);
        rest += add(dateOfBirth(search.dateOfBirth(), candidate.dateOfBirth()), reasons);
        if (search.postcode() != null && !search.postcode().isEmpty()
                && search.postcode().equals(candidate.postcode())) {
            rest += add(new Points(10, "same postcode"), reasons);
        }
        int score;
        if (nhsMatches) {
            score = rest >= 40 ? 100 : 95;
        } else if (nhsDiffers) {
            reasons.add("NHS numbers differ");
            score = clamp(rest - 30);
        } else {
            score = clamp(rest);
        }
        return new Result(score, List.copyOf(reasons));
    }

    /**
     * Whether the candidate's surname is like the search's surname, or its first name given the wrong way round.
     * Without that the names score 25 at most, so without an NHS match no score reaches 70: a bulk import skips the
     * rest of the scoring for the many people merely born on the same day.
     */
    static boolean surnameRelates(Subject search, Subject candidate) {
        return surname(search.last(), candidate.last()).points() > 0
                || surname(search.first(), candidate.last()).points() > 0;
    }

    /** The names as given, or the other way round when that fits better ("Smith John" for John Smith). */
    private static int names(Subject search, Subject candidate, Nicknames nicknames, List<String> reasons) {
        Points last = surname(search.last(), candidate.last());
        Points first = firstName(search.first(), candidate.first(), nicknames);
        Points swappedLast = surname(search.first(), candidate.last());
        Points swappedFirst = firstName(search.last(), candidate.first(), nicknames);
        int asGiven = last.points() + first.points();
        int swapped = swappedLast.points() + swappedFirst.points() - 5;
        if (swappedLast.points() > 0 && swappedFirst.points() > 0 && swapped > asGiven) {
            reasons.add("first and last names transposed");
            return swapped;
        }
        return add(first, reasons) + add(last, reasons);
    }

    private static Points surname(Name search, Name candidate) {
        if (search.isBlank() || candidate.isBlank()) {
            return Points.NONE;
        }
        if (search.key().equals(candidate.key())) {
            return new Points(35, "surname matches");
        }
        if ((search.parts().size() > 1 || candidate.parts().size() > 1) && sharePart(search, candidate)) {
            return new Points(28, "one part of a hyphenated surname");
        }
        // Loosely, so that Smith (alternatively XMT) finds Schmidt (XMT).
        if (search.soundsLike(candidate, true)) {
            return new Points(28, "surname sounds the same");
        }
        if (speltSimilarly(search.key(), candidate.key())) {
            return new Points(25, "surname spelt similarly");
        }
        return Points.NONE;
    }

    private static Points firstName(Name search, Name candidate, Nicknames nicknames) {
        if (search.isBlank() || candidate.isBlank()) {
            return Points.NONE;
        }
        if (search.key().equals(candidate.key())) {
            return new Points(25, "first name matches");
        }
        var shared = nicknames.sharedName(search.key(), candidate.key());
        if (shared.isPresent()) {
            return new Points(22, "nickname of " + shared.get());
        }
        // Strictly: first names are short, and their alternative codes are loose (Jon's is Ayaan's main one).
        if (search.soundsLike(candidate, false)) {
            return new Points(20, "first name sounds the same");
        }
        if ((search.parts().size() > 1 || candidate.parts().size() > 1) && sharePart(search, candidate)) {
            return new Points(20, "one of the first names matches");
        }
        if (speltSimilarly(search.key(), candidate.key())) {
            return new Points(18, "first name spelt similarly");
        }
        if ((search.key().length() == 1 || candidate.key().length() == 1)
                && search.key().charAt(0) == candidate.key().charAt(0)) {
            return new Points(8, "same first initial");
        }
        return new Points(-10, "first name differs");
    }

    private static Points dateOfBirth(LocalDate search, LocalDate candidate) {
        if (search == null || candidate == null) {
            return Points.NONE;
        }
        if (search.equals(candidate)) {
            return new Points(30, "date of birth matches");
        }
        if (search.getYear() == candidate.getYear() && search.getDayOfMonth() == candidate.getMonthValue()
                && search.getMonthValue() == candidate.getDayOfMonth()) {
            return new Points(25, "date of birth day and month swapped");
        }
        if (Math.abs(ChronoUnit.DAYS.between(search, candidate)) == 1) {
            return new Points(20, "date of birth one day out");
        }
        if (search.getDayOfMonth() == candidate.getDayOfMonth() && search.getMonth() == candidate.getMonth()
                && Math.abs(search.getYear() - candidate.getYear()) == 1) {
            return new Points(15, "year of birth one out");
        }
        return new Points(-20, "date of birth differs");
    }

    private static boolean sharePart(Name a, Name b) {
        return a.parts().stream().filter(p -> p.length() > 1).anyMatch(b.parts()::contains);
    }

    /** One slip in a short name, two in a longer one: a letter wrong, missing, extra or two swapped. */
    static boolean speltSimilarly(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        int allowed = longest <= 5 ? 1 : longest <= 8 ? 2 : 3;
        // The lengths alone rule most pairs out (each edit changes the length by one at most): a bulk import scores
        // thousands of pairs a second.
        return Math.min(a.length(), b.length()) >= 3 && Math.abs(a.length() - b.length()) <= allowed
                && editDistance(a, b) <= allowed;
    }

    /** Optimal string alignment distance: Levenshtein, plus swapping two neighbouring letters as one edit. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int add(Points p, List<String> reasons) {
        if (p.reason() != null) {
            reasons.add(p.reason());
        }
        return p.points();
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(MAX_WITHOUT_NHS, score));
    }
}
