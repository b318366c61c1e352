package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reasoning that lets a batch fetch so little: every candidate that scores a strong match shares the NHS number,
 * has a near date of birth, or (a date of birth missing) the same postcode; and without the NHS number, a surname
 * like one of the search's names. Checked over many pairs of people made
 * to be nearly alike in every detail that scores.
 */
class StrongMatchRuleTest {

    private static final List<String> KEYS = List.of("smith", "smyth", "smith jones", "jones", "jon", "john", "jack",
            "liz", "elizabeth", "ann", "anne", "o brien", "al", "x");
    private static final List<String> SOUNDS = List.of("", "SM0", "XMT", "JNS", "AN", "JN");

    @Test
    void everyStrongScoreIsAmongThePeopleABatchFetches() {
        Nicknames nicknames = new Nicknames().add("John", "john", "jon").add("John", "john", "jack")
                .add("Elizabeth", "elizabeth", "liz");
        Random random = new Random(20261123);
        int strong = 0;
        for (int i = 0; i < 100_000; i++) {
            MatchScore.Subject search = subject(random, null);
            MatchScore.Subject candidate = subject(random, search);
            if (MatchScore.score(search, candidate, nicknames).score() >= StrongMatches.STRONG) {
                strong++;
                assertThat(StrongMatches.mayBeStrong(search, candidate)).as("%s against %s", search, candidate)
                        .isTrue();
                assertThat(StrongMatches.sameNhs(search, candidate) || MatchScore.surnameRelates(search, candidate))
                        .as("%s against %s", search, candidate).isTrue();
            }
        }
        assertThat(strong).as("strong pairs tried").isGreaterThan(500);
    }

    @Test
    void aYearOutOnTheSameDayIsNearButNot29FebruaryToThe28th() {
        assertThat(StrongMatches.nearDates(LocalDate.of(2012, 7, 19)))
                .contains(LocalDate.of(2011, 7, 19), LocalDate.of(2013, 7, 19), LocalDate.of(2012, 7, 18));
        assertThat(StrongMatches.nearDates(LocalDate.of(2012, 2, 29))).doesNotContain(LocalDate.of(2011, 2, 28));
    }

    /** A person; given {@code like}, one close to it in every detail, each detail kept or changed at random. */
    private static MatchScore.Subject subject(Random random, MatchScore.Subject like) {
        LocalDate dob = LocalDate.of(2010, 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (like != null && like.dateOfBirth() != null) {
            LocalDate d = like.dateOfBirth();
            dob = switch (random.nextInt(7)) {
                case 0 -> d;
                case 1 -> d.plusDays(random.nextBoolean() ? 1 : -1);
                case 2 -> d.getDayOfMonth() <= 12 ? LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()) : d;
                case 3 -> d.plusYears(random.nextBoolean() ? 1 : -1);
                case 4 -> d.plusDays(2 + random.nextInt(400));
                default -> dob;
            };
        }
        if (random.nextInt(6) == 0) {
            dob = null;
        }
        String nhs = random.nextInt(3) == 0 ? null : like != null && random.nextBoolean() ? like.nhsNumber()
                : "90000000" + (10 + random.nextInt(3));
        String postcode = random.nextInt(4) == 0 ? null : like != null && random.nextBoolean() ? like.postcode()
                : "KM" + random.nextInt(3);
        return new MatchScore.Subject(name(random, like == null ? null : like.first()),
                name(random, like == null ? null : like.last()), dob, nhs, postcode);
    }

    private static MatchScore.Name name(Random random, MatchScore.Name like) {
        if (like != null && random.nextBoolean()) {
            return like;
        }
        return random.nextInt(8) == 0 ? new MatchScore.Name(null, null, null) : new MatchScore.Name(
                KEYS.get(random.nextInt(KEYS.size())), SOUNDS.get(random.nextInt(SOUNDS.size())),
                SOUNDS.get(random.nextInt(SOUNDS.size())));
    }
}
