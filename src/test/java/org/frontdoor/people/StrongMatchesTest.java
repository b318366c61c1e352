package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching a batch of people at once gives exactly what the fuzzy search gives each of them at a strong score: the
 * same people, scores, reasons and order, across every way of being a strong match.
 */
@FrontdoorTest
class StrongMatchesTest {

    private static final AtomicLong NHS = new AtomicLong(System.nanoTime() % 100_000_000L);

    @Autowired StrongMatches strong;
    @Autowired PersonMatcher matcher;
    @Autowired PersonRepository people;

    @Test
    void aBatchFindsTheSameStrongCandidatesAsSearchingOneByOne() {
        String nhs = nhsNumber();
        String otherNhs = nhsNumber();
        List<Long> expected = new ArrayList<>();
        List<PersonSearch> searches = new ArrayList<>();

        long wilhelmina = person("Wilhelmina", "Ashcombe-Pryor", LocalDate.of(2014, 2, 3), null, "KM3 7QT");
        want(searches, expected, wilhelmina, "Wilhelmina", "Ashcombe-Pryor", LocalDate.of(2014, 2, 3), null, "KM3 7QT");
        want(searches, expected, wilhelmina, "Wilhelmina", "Ashcmobe-Pryor", LocalDate.of(2014, 2, 3), null, null);
        want(searches, expected, wilhelmina, "Wilhelmina", "Ashcombe", LocalDate.of(2014, 2, 3), null, null);
        long jonathan = person("Jonathan", "Quillfeather", LocalDate.of(2015, 3, 4), null, null);
        want(searches, expected, jonathan, "Jon", "Quilfether", LocalDate.of(2015, 4, 3), null, null);
        long thaddeus = person("Thaddeus", "Marchbanks", LocalDate.of(2016, 11, 23), null, null);
        want(searches, expected, thaddeus, "Marchbanks", "Thaddeus", LocalDate.of(2016, 11, 23), null, null);
        long saoirse = person("Saoirse", "Featherstonehaugh", LocalDate.of(2013, 1, 5), nhs, null);
        want(searches, expected, saoirse, "Sorcha", "Fanshawe", null, nhs, null);
        // Everything the same but the NHS number: 70, just strong enough.
        long ottoline = person("Ottoline", "Pemberthy", LocalDate.of(2011, 9, 14), otherNhs, "KM5 2HJ");
        want(searches, expected, ottoline, "Ottoline", "Pemberthy", LocalDate.of(2011, 9, 14), nhsNumber(), "KM5 2HJ");
        // A date of birth missing on either side: names and postcode must carry it.
        long cressida = person("Cressida", "Vantongeren", LocalDate.of(2010, 5, 30), null, "KM8 1LD");
        want(searches, expected, cressida, "Cressida", "Vantongeren", null, null, "km8 1ld");
        long peregrine = person("Peregrine", "Hollowmere", null, null, "KM2 9WW");
        want(searches, expected, peregrine, "Peregrine", "Hollowmere", LocalDate.of(2009, 12, 1), null, "KM2 9WW");
        // Born a year apart on the same day (the search's own ways may not reach it), with near-twins as noise.
        long ignatius = person("Ignatius", "Blackwater", LocalDate.of(2012, 7, 19), null, null);
        person("Ignatia", "Blackwater", LocalDate.of(2013, 7, 19), null, null);
        person("Ignatius", "Blackwater", LocalDate.of(2013, 7, 20), null, null);
        want(searches, expected, ignatius, "Ignatius", "Blackwater", LocalDate.of(2013, 7, 19), null, null);
        // Nothing to search by, and no one like them.
        searches.add(new PersonSearch(null, null, LocalDate.of(2012, 7, 19), null, null));
        expected.add(null);
        searches.add(new PersonSearch("Zebulon", "Quockerwodger", LocalDate.of(2001, 1, 1), null, "KM9 9ZZ"));
        expected.add(null);

        List<List<PersonCandidate>> batch = strong.find(searches);

        assertThat(batch).hasSameSizeAs(searches);
        for (int i = 0; i < searches.size(); i++) {
            List<PersonCandidate> oneByOne = matcher.candidates(searches.get(i)).stream()
                    .filter(c -> c.score() >= StrongMatches.STRONG).toList();
            assertThat(batch.get(i)).as("search %s", searches.get(i)).isEqualTo(oneByOne);
            Long person = expected.get(i);
            if (person != null) {
                assertThat(batch.get(i)).as("search %s", searches.get(i)).anyMatch(c -> c.personId() == person);
            } else {
                assertThat(batch.get(i)).isEmpty();
            }
        }
    }

    private void want(List<PersonSearch> searches, List<Long> expected, long person, String first, String last,
                      LocalDate dob, String nhs, String postcode) {
        searches.add(new PersonSearch(first, last, dob, nhs, postcode));
        expected.add(person);
    }

    private long person(String first, String last, LocalDate dob, String nhs, String postcode) {
        return people.create(new NewPerson(first, last, dob, "U", nhs, postcode), "test");
    }

    private static String nhsNumber() {
        return String.format("97%08d", NHS.incrementAndGet() % 100_000_000L);
    }
}
