package org.frontdoor.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random sample stratified by team and outcome, as an inspector would pick "30 cases from the last 3 months": each
 * stratum gets its share of the sample (largest remainder), and the cases within it are drawn with the seed. The
 * same seed and population always give the same cases, whatever order the population comes in.
 */
public final class Sampler {

    public record Candidate(long subjectId, String team, String outcome) {
        String stratum() {
            return team + " / " + outcome;
        }
    }

    private Sampler() {
    }

    public static List<Candidate> sample(List<Candidate> population, int size, long seed) {
        Map<String, List<Candidate>> strata = new TreeMap<>();
        population.stream().sorted(Comparator.comparingLong(Candidate::subjectId))
                .forEach(c -> strata.computeIfAbsent(c.stratum(), k -> new ArrayList<>()).add(c));
        Map<String, Integer> quotas = quotas(strata, Math.min(size, population.size()), population.size());
        List<Candidate> chosen = new ArrayList<>();
        strata.forEach((key, cases) -> {
            List<Candidate> shuffled = new ArrayList<>(cases);
            // String.hashCode is fixed by the language, so the stratum's draw is the same on every machine.
            Collections.shuffle(shuffled, new Random(seed * 31 + key.hashCode()));
            chosen.addAll(shuffled.subList(0, quotas.get(key)));
        });
        chosen.sort(Comparator.comparingLong(Candidate::subjectId));
        return chosen;
    }

    /** Each stratum's whole share, then one more to those with the largest remainders until the sample is full. */
    static Map<String, Integer> quotas(Map<String, List<Candidate>> strata, int n, int total) {
        Map<String, Integer> quotas = new TreeMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (var e : strata.entrySet()) {
            double exact = total == 0 ? 0 : (double) n * e.getValue().size() / total;
            int whole = (int) Math.floor(exact);
            quotas.put(e.getKey(), whole);
            given += whole;
            remainders.add(Map.entry(e.getKey(), exact - whole));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; given < n; i++, given++) {
            quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return quotas;
    }
}
