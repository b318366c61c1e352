package org.frontdoor.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.frontdoor.demo.DemoData;
import org.frontdoor.demo.DemoOptions;
import org.frontdoor.people.PersonCandidate;
import org.frontdoor.people.PersonMatcher;
import org.frontdoor.people.PersonSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * person-match: how much dearer the fuzzy person-index search at intake ({@link PersonMatcher#candidates}) is than
 * the exact lookup a naive system would do (surname and date of birth, through a btree index on both), and what
 * it buys: how often each finds the person really meant.
 *
 * <p>Both run the same queries through the same connection pool, interleaved (each round in a fresh order, which
 * of the two goes first decided by a coin), after an untimed pass that counts the hits and a warm-up round. Tune
 * with -Dbench.queries (default 300, five kinds of query in equal numbers), -Dbench.rounds (5) and
 * -Dbench.warmup-rounds (1).
 */
class PersonMatchBench extends BenchBase {

    private static final long SEED = 20261123;
    private static final String BASELINE_SQL = """
            select id, first_name, last_name, date_of_birth, sex, nhs_number, postcode from person
             where lower(last_name) = lower(:last) and date_of_birth = :dob
             order by first_name, id""";

    @Autowired DemoData demo;
    @Autowired JdbcClient jdbc;
    @Autowired PersonMatcher matcher;

    /** Where the person really meant came in a search's results: 0 first, -1 not found. */
    private record Outcome(int place) {
        boolean found() {
            return place >= 0;
        }

        boolean first() {
            return place == 0;
        }
    }

    private static final class Tally {
        final Timings fuzzy = new Timings();
        final Timings plain = new Timings();
        int queries;
        int fuzzyFound;
        int fuzzyFirst;
        int plainFound;
        int plainFirst;
    }

    @Test
    void personMatch() throws Exception {
        BenchDataset.ensureLoaded(demo, jdbc);
        double load = Results.loadAverage();
        int perKind = Math.max(1, Integer.getInteger("bench.queries", 300) / MatchQueries.Kind.values().length);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int warmups = Integer.getInteger("bench.warmup-rounds", 1);
        List<MatchQueries.Query> queries = MatchQueries.make(jdbc, perKind, SEED);
        long people = jdbc.sql("select count(*) from person where merged_into is null").query(Long.class).single();

        // Hit rates: one pass, untimed.
        Map<MatchQueries.Kind, Tally> byKind = new EnumMap<>(MatchQueries.Kind.class);
        Tally all = new Tally();
        for (MatchQueries.Query q : queries) {
            Outcome fuzzy = place(fuzzy(q).stream().map(PersonCandidate::personId).toList(), q);
            Outcome plain = place(plain(q), q);
            for (Tally t : List.of(all, byKind.computeIfAbsent(q.kind(), k -> new Tally()))) {
                t.queries++;
                t.fuzzyFound += fuzzy.found() ? 1 : 0;
                t.fuzzyFirst += fuzzy.first() ? 1 : 0;
                t.plainFound += plain.found() ? 1 : 0;
                t.plainFirst += plain.first() ? 1 : 0;
            }
        }

        // Each query's best time over the rounds too: noise only ever adds, so the best is steadier on a busy machine.
        Map<MatchQueries.Query, long[]> best = new IdentityHashMap<>();
        queries.forEach(q -> best.put(q, new long[] {Long.MAX_VALUE, Long.MAX_VALUE}));
        Random order = new Random(SEED);
        for (int round = -warmups; round < rounds; round++) {
            List<MatchQueries.Query> shuffled = new ArrayList<>(queries);
            Collections.shuffle(shuffled, order);
            for (MatchQueries.Query q : shuffled) {
                boolean fuzzyFirst = order.nextBoolean();
                long a = 0;
                long b = 0;
                for (int turn = 0; turn < 2; turn++) {
                    long start = System.nanoTime();
                    if (fuzzyFirst == (turn == 0)) {
                        fuzzy(q);
                        a = System.nanoTime() - start;
                    } else {
                        plain(q);
                        b = System.nanoTime() - start;
                    }
                }
                if (round >= 0) {
                    long[] fastest = best.get(q);
                    fastest[0] = Math.min(fastest[0], a);
                    fastest[1] = Math.min(fastest[1], b);
                    for (Tally t : List.of(all, byKind.get(q.kind()))) {
                        t.fuzzy.add(a);
                        t.plain.add(b);
                    }
                }
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("person-match: fuzzy person-index search (PersonMatcher.candidates) vs the plain exact lookup\n");
        out.append(Results.machine(jdbc, load));
        DemoOptions borough = BenchDataset.OPTIONS;
        out.append("%,d people in the index (demo borough: %d years, %s, seed %d, until %s)%n".formatted(people,
                borough.years(), borough.size().name().toLowerCase(Locale.ROOT), borough.seed(), borough.until()));
        out.append("%d queries (%d of each kind): first name, surname and date of birth as typed%n"
                .formatted(queries.size(), perKind));
        out.append("%d interleaved timed rounds after %d warm-up round(s)%n%n".formatted(rounds, warmups));
        out.append(String.format(Locale.UK, "%-34s %10s %10s %12s %12s%n", "", "median", "p95", "found",
                "found first"));
        out.append(row("plain exact lookup (baseline)", all.plain, all.plainFound, all.plainFirst, all.queries));
        out.append(row("fuzzy search", all.fuzzy, all.fuzzyFound, all.fuzzyFirst, all.queries));
        out.append(String.format(Locale.UK, "%-34s %10s %10s%n", "ratio fuzzy / baseline",
                Timings.ratio(all.fuzzy.medianMs(), all.plain.medianMs()),
                Timings.ratio(all.fuzzy.p95Ms(), all.plain.p95Ms())));
        Timings bestFuzzy = new Timings();
        Timings bestPlain = new Timings();
        best.values().forEach(fastest -> {
            bestFuzzy.add(fastest[0]);
            bestPlain.add(fastest[1]);
        });
        out.append(String.format(Locale.UK, "%-34s %10s%n", "ratio of each query's best",
                Timings.ratio(bestFuzzy.medianMs(), bestPlain.medianMs())));
        out.append(String.format(Locale.UK, "  (medians of the best of %d: fuzzy %s, baseline %s; steadier)%n",
                rounds, Timings.ms(bestFuzzy.medianMs()), Timings.ms(bestPlain.medianMs())));
        out.append("(found: the person meant is among the results, which the fuzzy search caps at 10;"
                + " found first: in first place)\n");
        out.append("\nBy kind of query: found (first) out of ").append(perKind).append(", and the median time\n");
        out.append(String.format(Locale.UK, "%-34s %16s %16s %10s %10s %7s%n", "", "baseline found", "fuzzy found",
                "baseline", "fuzzy", "ratio"));
        for (Map.Entry<MatchQueries.Kind, Tally> e : byKind.entrySet()) {
            Tally t = e.getValue();
            out.append(String.format(Locale.UK, "%-34s %16s %16s %10s %10s %7s%n", e.getKey().label,
                    "%d (%d)".formatted(t.plainFound, t.plainFirst), "%d (%d)".formatted(t.fuzzyFound, t.fuzzyFirst),
                    Timings.ms(t.plain.medianMs()), Timings.ms(t.fuzzy.medianMs()),
                    Timings.ratio(t.fuzzy.medianMs(), t.plain.medianMs())));
        }
        Results.publish("person-match", out.toString());
    }

    private static String row(String label, Timings t, int found, int first, int of) {
        return String.format(Locale.UK, "%-34s %10s %10s %12s %12s%n", label, Timings.ms(t.medianMs()),
                Timings.ms(t.p95Ms()), percent(found, of), percent(first, of));
    }

    private static String percent(int n, int of) {
        return String.format(Locale.UK, "%.1f %%", 100.0 * n / of);
    }

    private List<PersonCandidate> fuzzy(MatchQueries.Query q) {
        return matcher.candidates(new PersonSearch(q.firstName(), q.lastName(), q.dateOfBirth(), null, null));
    }

    private List<Long> plain(MatchQueries.Query q) {
        return jdbc.sql(BASELINE_SQL).param("last", q.lastName()).param("dob", q.dateOfBirth())
                .query((rs, n) -> {
                    // Read every column, as a screen listing them would.
                    rs.getString(2);
                    rs.getString(3);
                    rs.getObject(4, LocalDate.class);
                    rs.getString(5);
                    rs.getString(6);
                    rs.getString(7);
                    return rs.getLong(1);
                }).list();
    }

    private static Outcome place(List<Long> ids, MatchQueries.Query q) {
        return new Outcome(ids.indexOf(q.truth().id()));
    }
}
