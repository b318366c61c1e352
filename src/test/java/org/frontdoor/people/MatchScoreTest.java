package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontdoor.people.MatchScore.Name;
import org.frontdoor.people.MatchScore.Subject;
import org.junit.jupiter.api.Test;

/** The scoring rules on their own; Double Metaphone codes are given as PostgreSQL's dmetaphone makes them. */
class MatchScoreTest {

    private static final Nicknames NICKNAMES = new Nicknames()
            .add("John", "john", "jon").add("John", "john", "jack")
            .add("William", "william", "bill")
            .add("Charles", "charles", "charlie").add("Charlotte", "charlotte", "charlie");

    private static final Name JOHN = new Name("john", "JN", "AN");
    private static final Name JON = new Name("jon", "JN", "AN");
    private static final Name SMITH = new Name("smith", "SM0", "XMT");
    private static final Name SMYTH = new Name("smyth", "SM0", "XMT");
    private static final LocalDate MARCH_4 = LocalDate.of(2015, 3, 4);

    @Test
    void typosNicknameAndSwappedDayAndMonthStillScoreHigh() {
        var result = score(new Subject(JON, SMYTH, LocalDate.of(2015, 4, 3), null, null),
                new Subject(JOHN, SMITH, MARCH_4, null, null));
        assertThat(result.score()).isGreaterThanOrEqualTo(70);
        assertThat(result.reasons()).containsExactly("nickname of John", "surname sounds the same",
                "date of birth day and month swapped");
    }

    @Test
    void anExactNhsNumberScoresAboveAnythingElse() {
        var everythingButNhs = score(new Subject(JOHN, SMITH, MARCH_4, null, "KM11AA"),
                new Subject(JOHN, SMITH, MARCH_4, "9434765919", "KM11AA"));
        var nhsOnly = score(new Subject(Name.of(""), SMITH, null, "9434765919", null),
                new Subject(JOHN, SMITH, MARCH_4, "9434765919", null));
        assertThat(everythingButNhs.score()).isEqualTo(MatchScore.MAX_WITHOUT_NHS);
        assertThat(nhsOnly.score()).isGreaterThan(everythingButNhs.score());
        assertThat(nhsOnly.reasons()).first().isEqualTo("NHS number matches");
    }

    @Test
    void aDifferentNhsNumberCountsHeavilyAgainst() {
        var result = score(new Subject(JOHN, SMITH, MARCH_4, "9434765919", null),
                new Subject(JOHN, SMITH, MARCH_4, "4010232137", null));
        assertThat(result.score()).isLessThan(70);
        assertThat(result.reasons()).contains("NHS numbers differ");
    }

    @Test
    void namesGivenTheWrongWayRound() {
        var result = score(new Subject(SMITH, JOHN, MARCH_4, null, null), new Subject(JOHN, SMITH, MARCH_4, null, null));
        assertThat(result.reasons()).contains("first and last names transposed", "date of birth matches");
        assertThat(result.score()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void eitherPartOfAHyphenatedSurname() {
        Name smithJones = new Name("smith jones", "SM0J", "XMTJ");
        Name jones = new Name("jones", "JNS", "ANS");
        for (Name part : new Name[] {SMITH, jones}) {
            var result = score(new Subject(JOHN, part, null, null, null), new Subject(JOHN, smithJones, null, null, null));
            assertThat(result.reasons()).contains("one part of a hyphenated surname");
            assertThat(result.score()).isGreaterThanOrEqualTo(MatchScore.MIN_SCORE);
        }
    }

    @Test
    void datesOfBirthADayOutOrAYearOut() {
        Subject search = new Subject(JOHN, SMITH, MARCH_4, null, null);
        assertThat(score(search, new Subject(JOHN, SMITH, MARCH_4.plusDays(1), null, null)).reasons())
                .contains("date of birth one day out");
        assertThat(score(search, new Subject(JOHN, SMITH, MARCH_4.minusYears(1), null, null)).reasons())
                .contains("year of birth one out");
        var different = score(search, new Subject(JOHN, SMITH, LocalDate.of(2009, 11, 20), null, null));
        assertThat(different.reasons()).contains("date of birth differs");
        assertThat(different.score()).isLessThan(score(search, new Subject(JOHN, SMITH, null, null, null)).score());
    }

    @Test
    void aSharedNicknameDoesNotMakeTwoFullNamesTheSame() {
        assertThat(NICKNAMES.sharedName("charles", "charlotte")).isEmpty();
        assertThat(NICKNAMES.sharedName("charlie", "charlotte")).contains("Charlotte");
        assertThat(NICKNAMES.sharedName("jon", "jack")).contains("John");
        assertThat(NICKNAMES.variants("bill")).containsExactlyInAnyOrder("bill", "william");
    }

    @Test
    void aSiblingWithTheSameSurnameAndBirthdayButAnotherNameScoresBelowATypo() {
        Subject search = new Subject(JON, SMYTH, LocalDate.of(2015, 4, 3), null, "KM11AA");
        var twin = score(search, new Subject(new Name("mary", "MR", "MR"), SMYTH, LocalDate.of(2015, 4, 3), null, "KM11AA"));
        var typo = score(search, new Subject(JOHN, SMITH, MARCH_4, null, "KM11AA"));
        assertThat(twin.reasons()).contains("first name differs");
        assertThat(typo.score()).isGreaterThan(twin.score());
    }

    @Test
    void spellingSlips() {
        assertThat(MatchScore.editDistance("williams", "willaims")).isEqualTo(1);
        assertThat(MatchScore.speltSimilarly("smiht", "smith")).isTrue();
        assertThat(MatchScore.speltSimilarly("jones", "smith")).isFalse();
        assertThat(MatchScore.speltSimilarly("al", "ed")).isFalse();
    }

    @Test
    void nearDatesIncludeTheSwappedDayAndMonthWhenThereIsOne() {
        assertThat(PersonMatcher.nearDates(MARCH_4)).containsExactlyInAnyOrder(MARCH_4, MARCH_4.minusDays(1),
                MARCH_4.plusDays(1), LocalDate.of(2015, 4, 3));
        assertThat(PersonMatcher.nearDates(LocalDate.of(2015, 3, 24))).hasSize(3);
    }

    private static MatchScore.Result score(Subject search, Subject candidate) {
        return MatchScore.score(search, candidate, NICKNAMES);
    }
}
