package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching against PostgreSQL. The database is shared with other tests, so each test makes people with invented
 * names and checks that its person is among the candidates, not that it is the only one.
 */
@FrontdoorTest
class PersonMatcherTest {

    private static final AtomicLong NHS = new AtomicLong(System.nanoTime() % 100_000_000L);

    @Autowired PersonMatcher matcher;
    @Autowired PersonRepository people;
    @Autowired PersonMerge merges;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void jonSmythBornOnThe3rdOfAprilFindsJohnSmithBornOnThe4thOfMarch() {
        long john = person("John", "Smith", LocalDate.of(2015, 3, 4), null, "KM1 4ZZ");

        List<PersonCandidate> found = matcher.candidates(
                new PersonSearch("Jon", "Smyth", LocalDate.of(2015, 4, 3), null, null));

        PersonCandidate c = candidate(found, john);
        assertThat(found.indexOf(c)).isLessThan(3);
        assertThat(c.score()).isGreaterThanOrEqualTo(70);
        assertThat(c.reasons()).contains("nickname of John", "surname sounds the same",
                "date of birth day and month swapped");
        assertThat(c.firstName()).isEqualTo("John");
        assertThat(c.postcode()).isEqualTo("KM1 4ZZ");
    }

    @Test
    void aNicknameFindsTheFullName() {
        long william = person("William", "Quarrendine", LocalDate.of(2012, 6, 9), null, null);

        PersonCandidate c = candidate(matcher.candidates(new PersonSearch("Bill", "Quarrendine", null, null, null)), william);
        assertThat(c.reasons()).contains("nickname of William", "surname matches");
    }

    @Test
    void namesGivenTheWrongWayRound() {
        long thaddeus = person("Thaddeus", "Mablethorpe", LocalDate.of(2016, 11, 23), null, null);

        PersonCandidate c = candidate(matcher.candidates(
                new PersonSearch("Mablethorpe", "Thaddeus", LocalDate.of(2016, 11, 23), null, null)), thaddeus);
        assertThat(c.reasons()).contains("first and last names transposed", "date of birth matches");
        assertThat(c.score()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void eitherHalfOfAHyphenatedSurnameFindsIt() {
        long persephone = person("Persephone", "Okonkwo-Lindqvist", LocalDate.of(2018, 2, 14), null, null);

        for (String half : List.of("Okonkwo", "Lindqvist")) {
            PersonCandidate c = candidate(matcher.candidates(new PersonSearch("Persephone", half, null, null, null)),
                    persephone);
            assertThat(c.reasons()).contains("one part of a hyphenated surname");
        }
        // And the other way round: the record has one half, the referrer gives both.
        long ottilie = person("Ottilie", "Brackenbury", LocalDate.of(2014, 8, 30), null, null);
        assertThat(candidate(matcher.candidates(new PersonSearch("Ottilie", "Brackenbury-Ngata", null, null, null)),
                ottilie).reasons()).contains("one part of a hyphenated surname");
    }

    @Test
    void anNhsNumberFindsThePersonWhateverTheNameAndScoresHighest() {
        String nhs = nhsNumber();
        long saoirse = person("Saoirse", "Featherstonehaugh", LocalDate.of(2013, 1, 5), nhs, null);

        List<PersonCandidate> found = matcher.candidates(new PersonSearch("Sorcha", "Fanshawe", null, nhs, null));
        PersonCandidate c = candidate(found, saoirse);
        assertThat(found.get(0)).isEqualTo(c);
        assertThat(c.score()).isGreaterThan(MatchScore.MAX_WITHOUT_NHS);
        assertThat(c.reasons()).first().isEqualTo("NHS number matches");
        // Typed with spaces, as printed on NHS letters.
        String spaced = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
        candidate(matcher.candidates(new PersonSearch(null, null, null, spaced, null)), saoirse);
    }

    @Test
    void aDateOfBirthADayOutAndTheSamePostcodeCount() {
        long idris = person("Idris", "Penhaligon", LocalDate.of(2017, 5, 20), null, "km7 2qd");

        PersonCandidate c = candidate(matcher.candidates(
                new PersonSearch("Idris", "Penhaligan", LocalDate.of(2017, 5, 21), null, "KM72QD")), idris);
        assertThat(c.reasons()).contains("date of birth one day out", "same postcode");
    }

    @Test
    void aMergedRecordIsNotOffered() {
        long kept = person("Evangeline", "Strudwick", LocalDate.of(2011, 9, 12), null, null);
        long duplicate = person("Evangeline", "Strudwick", LocalDate.of(2011, 9, 12), null, null);
        merges.merge(kept, duplicate, "Same child entered twice", "test");

        List<PersonCandidate> found = matcher.candidates(
                new PersonSearch("Evangeline", "Strudwick", LocalDate.of(2011, 9, 12), null, null));
        assertThat(found).extracting(PersonCandidate::personId).contains(kept).doesNotContain(duplicate);
    }

    @Test
    void aSearchWithoutANameOrNhsNumberOffersNoOne() {
        person("Cosima", "Tregothnan", LocalDate.of(2019, 4, 1), null, "KM3 1AB");
        assertThat(matcher.candidates(new PersonSearch(" ", null, LocalDate.of(2019, 4, 1), null, "KM3 1AB"))).isEmpty();
    }

    /** Every way of being a candidate can use an index: with sequential scans priced out, none is left. */
    @Test
    void candidateSelectionNeverScansThePersonTable() {
        PersonSearch everything = new PersonSearch("Jon", "Smyth-Jones", LocalDate.of(2015, 4, 3), nhsNumber(), "KM1 4ZZ");
        PersonMatcher.Query query = matcher.query(everything).orElseThrow();
        List<String> plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain " + query.sql()).params(query.params()).query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("person_last_name_trgm", "person_last_name_sound", "person_dob",
                "person_nhs_number", "person_postcode_key").doesNotContain("Seq Scan on person");
    }

    private long person(String first, String last, LocalDate dob, String nhs, String postcode) {
        return people.create(new NewPerson(first, last, dob, "U", nhs, postcode), "test");
    }

    private static PersonCandidate candidate(List<PersonCandidate> found, long personId) {
        return found.stream().filter(c -> c.personId() == personId).findFirst()
                .orElseThrow(() -> new AssertionError("person " + personId + " not among " + found));
    }

    private static String nhsNumber() {
        return String.format("98%08d", NHS.incrementAndGet() % 100_000_000L);
    }
}
