package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SamplerTest {

    /** 200 cases: team 1 has three times team 2's NFAs, and a few strategy discussions. */
    static List<Sampler.Candidate> population() {
        List<Sampler.Candidate> all = new ArrayList<>();
        long id = 1000;
        for (int i = 0; i < 90; i++) all.add(new Sampler.Candidate(id++, "MASH team 1", "NFA"));
        for (int i = 0; i < 30; i++) all.add(new Sampler.Candidate(id++, "MASH team 2", "NFA"));
        for (int i = 0; i < 60; i++) all.add(new Sampler.Candidate(id++, "MASH team 1", "EARLY_HELP"));
        for (int i = 0; i < 20; i++) all.add(new Sampler.Candidate(id++, "MASH team 2", "STRATEGY_DISCUSSION"));
        return all;
    }

    @Test
    void theSameSeedDrawsTheSameCasesWhateverOrderThePopulationComesIn() {
        List<Sampler.Candidate> shuffled = new ArrayList<>(population());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(Sampler.sample(shuffled, 30, 42)).isEqualTo(Sampler.sample(population(), 30, 42));
        assertThat(Sampler.sample(population(), 30, 43)).isNotEqualTo(Sampler.sample(population(), 30, 42));
    }

    @Test
    void eachTeamAndOutcomeGetsItsShareOfTheSample() {
        List<Sampler.Candidate> sample = Sampler.sample(population(), 30, 42);
        assertThat(sample).hasSize(30).doesNotHaveDuplicates();
        Map<String, Long> byStratum = sample.stream().collect(Collectors.groupingBy(Sampler.Candidate::stratum,
                Collectors.counting()));
        // 13.5, 4.5, 9 and 3 of 30: the tied half goes to the first stratum by name.
        assertThat(byStratum).containsEntry("MASH team 1 / NFA", 14L).containsEntry("MASH team 2 / NFA", 4L)
                .containsEntry("MASH team 1 / EARLY_HELP", 9L)
                .containsEntry("MASH team 2 / STRATEGY_DISCUSSION", 3L);
    }

    @Test
    void largestRemaindersFillTheSampleExactly() {
        List<Sampler.Candidate> three = List.of(new Sampler.Candidate(1, "A", "NFA"),
                new Sampler.Candidate(2, "B", "NFA"), new Sampler.Candidate(3, "C", "NFA"));
        assertThat(Sampler.sample(three, 2, 1)).hasSize(2);
        assertThat(Sampler.sample(three, 10, 1)).hasSize(3);
    }
}
