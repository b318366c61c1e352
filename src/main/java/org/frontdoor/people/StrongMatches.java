package org.frontdoor.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The strong candidates (score at least {@value #STRONG}) of many people at once, for bulk imports: the same people,
 * scores, reasons and order as {@link PersonMatcher#candidates} gives at that score, for a few queries per batch
 * instead of two searches per person.
 *
 * <p>It can fetch far less than the fuzzy search because of how {@link MatchScore} adds up: without a matching NHS
 * number a score of 70 needs a date of birth near enough (the same, a day out, day and month swapped, or the year
 * one out), or, when either date of birth is missing, both names exact and the same postcode
 * ({@link #mayBeStrong}, checked by {@code StrongMatchesTest}). So the database fetches people by NHS number, date
 * of birth and postcode, all equality on indexes, and the scoring runs in Java. The one kind of strong candidate the
 * fuzzy search might not find at all (the year one out, different postcode) sends that person through
 * {@link PersonMatcher#candidates} itself, so that the answer stays the same.
 */
@Service
public class StrongMatches {

    public static final int STRONG = 70;
    /** Raw name or postcode to its keys, shared by batches; bounded, so that a long import's memory stays flat. */
    private static final int CACHED = 200_000;

    private final JdbcClient jdbc;
    private final PersonMatcher matcher;
    private final Map<String, Keyed> keys = new ConcurrentHashMap<>();

    public StrongMatches(JdbcClient jdbc, PersonMatcher matcher) {
        this.jdbc = jdbc;
        this.matcher = matcher;
    }

    /** For each search, in order: its candidates scoring {@value #STRONG} or more, best first, at most ten. */
    public List<List<PersonCandidate>> find(List<PersonSearch> searches) {
        List<List<PersonCandidate>> found = new ArrayList<>(searches.size());
        if (searches.isEmpty()) {
            return found;
        }
        Nicknames names = matcher.nicknames();
        Set<String> raw = new LinkedHashSet<>();
        for (PersonSearch s : searches) {
            raw.add(s.firstName());
            raw.add(s.lastName());
            raw.add(s.postcode());
        }
        Map<String, Keyed> known = new HashMap<>();
        resolve(raw, known);
        List<MatchScore.Subject> wanted = searches.stream().map(s -> subject(s, known)).toList();
        Pool pool = fetch(wanted, searches);
        resolve(pool.names(), known);
        for (int i = 0; i < searches.size(); i++) {
            PersonSearch search = searches.get(i);
            if (!search.isSearchable()) {
                found.add(List.of());
                continue;
            }
            List<PersonCandidate> strong = new ArrayList<>();
            boolean unsure = false;
            for (Row row : pool.near(wanted.get(i))) {
                MatchScore.Subject candidate = subject(row, known);
                if (!sameNhs(wanted.get(i), candidate) && !MatchScore.surnameRelates(wanted.get(i), candidate)) {
                    continue; // cannot reach STRONG (see surnameRelates)
                }
                MatchScore.Result result = MatchScore.score(wanted.get(i), candidate, names);
                if (result.score() >= STRONG) {
                    unsure |= !foundBySearch(wanted.get(i), candidate);
                    strong.add(new PersonCandidate(row.id(), row.firstName(), row.lastName(), row.dateOfBirth(),
                            row.sex(), candidate.nhsNumber(), row.postcode(), result.score(), result.reasons()));
                }
            }
            if (unsure) {
                found.add(matcher.candidates(search).stream().filter(c -> c.score() >= STRONG).toList());
                continue;
            }
            strong.sort(Comparator.comparingInt(PersonCandidate::score).reversed()
                    .thenComparing(PersonCandidate::lastName).thenComparing(PersonCandidate::firstName)
                    .thenComparingLong(PersonCandidate::personId));
            found.add(List.copyOf(strong.subList(0, Math.min(strong.size(), PersonMatcher.MAX_CANDIDATES))));
        }
        return found;
    }

    /**
     * Whether {@code candidate} could score {@value #STRONG} against {@code search}: the NHS number the same, the
     * date of birth near, or a date of birth missing and the postcode the same. What the batch query fetches.
     */
    static boolean mayBeStrong(MatchScore.Subject search, MatchScore.Subject candidate) {
        if (sameNhs(search, candidate)) {
            return true;
        }
        LocalDate a = search.dateOfBirth();
        LocalDate b = candidate.dateOfBirth();
        if (a == null || b == null) {
            return search.postcode() != null && !search.postcode().isEmpty()
                    && search.postcode().equals(candidate.postcode());
        }
        return nearDates(a).contains(b);
    }

    static boolean sameNhs(MatchScore.Subject search, MatchScore.Subject candidate) {
        return search.nhsNumber() != null && search.nhsNumber().equals(candidate.nhsNumber());
    }

    /** The dates of birth that score 15 or more against {@code dob}: {@link PersonMatcher#nearDates} and a year out. */
    static Set<LocalDate> nearDates(LocalDate dob) {
        Set<LocalDate> dates = new LinkedHashSet<>(PersonMatcher.nearDates(dob));
        for (LocalDate d : List.of(dob.minusYears(1), dob.plusYears(1))) {
            if (d.getDayOfMonth() == dob.getDayOfMonth()) { // not 29 February cut to the 28th
                dates.add(d);
            }
        }
        return dates;
    }

    /** Whether one of the fuzzy search's cheap ways is sure to have fetched this candidate. */
    private static boolean foundBySearch(MatchScore.Subject search, MatchScore.Subject candidate) {
        if (search.nhsNumber() != null && search.nhsNumber().matches("[0-9]{10}")
                && search.nhsNumber().equals(candidate.nhsNumber())) {
            return true;
        }
        if (search.postcode() != null && !search.postcode().isEmpty() && search.postcode().equals(candidate.postcode())) {
            return true;
        }
        return search.dateOfBirth() != null && candidate.dateOfBirth() != null
                && PersonMatcher.nearDates(search.dateOfBirth()).contains(candidate.dateOfBirth());
    }

    private static MatchScore.Subject subject(PersonSearch s, Map<String, Keyed> known) {
        Keyed postcode = s.postcode() == null ? null : known.get(s.postcode());
        return new MatchScore.Subject(name(s.firstName(), known), name(s.lastName(), known), s.dateOfBirth(),
                s.nhsNumber(), postcode == null ? null : postcode.postcode());
    }

    private static MatchScore.Subject subject(Row r, Map<String, Keyed> known) {
        return new MatchScore.Subject(name(r.firstName(), known), name(r.lastName(), known), r.dateOfBirth(),
                r.nhsNumber(), r.postcodeKey());
    }

    private static MatchScore.Name name(String raw, Map<String, Keyed> known) {
        Keyed k = raw == null ? null : known.get(raw);
        return k == null ? new MatchScore.Name(null, null, null) : k.name();
    }

    /** A name's key and sounds, and the same text's postcode key, exactly as the database makes them. */
    private record Keyed(MatchScore.Name name, String postcode) {
    }

    /** Puts the keys of {@code raw} in {@code known}: from the cache, and the rest worked out in one query. */
    private void resolve(Set<String> raw, Map<String, Keyed> known) {
        List<String> missing = new ArrayList<>();
        for (String r : raw) {
            Keyed k = r == null ? null : keys.get(r);
            if (k != null) {
                known.put(r, k);
            } else if (r != null) {
                missing.add(r);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (keys.size() + missing.size() > CACHED) {
            keys.clear();
        }
        jdbc.sql("""
                        select v, k, dmetaphone(k) as sound, dmetaphone_alt(k) as alt, person_postcode_key(v) as postcode
                          from (select v, person_name_key(v) as k from unnest(cast(:v as text[])) v) t""")
                .param("v", missing.toArray(String[]::new))
                .query((rs, n) -> {
                    Keyed k = new Keyed(new MatchScore.Name(rs.getString("k"), rs.getString("sound"),
                            rs.getString("alt")), rs.getString("postcode"));
                    keys.put(rs.getString("v"), k);
                    known.put(rs.getString("v"), k);
                    return k;
                })
                .list();
    }

    private record Row(long id, String firstName, String lastName, LocalDate dateOfBirth, String sex, String nhsNumber,
                       String postcode, String postcodeKey) {
    }

    /** The people a batch may strongly match, looked up by NHS number, date of birth and postcode. */
    private record Pool(Map<String, List<Row>> byNhs, Map<LocalDate, List<Row>> byDate,
                        Map<String, List<Row>> byPostcode) {

        Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            for (Map<?, List<Row>> m : List.of(byNhs, byDate, byPostcode)) {
                m.values().forEach(rows -> rows.forEach(r -> {
                    names.add(r.firstName());
                    names.add(r.lastName());
                }));
            }
            return names;
        }

        /** Everyone who {@link #mayBeStrong} for this search, each once. */
        List<Row> near(MatchScore.Subject s) {
            Map<Long, Row> rows = new LinkedHashMap<>();
            if (s.nhsNumber() != null) {
                byNhs.getOrDefault(s.nhsNumber(), List.of()).forEach(r -> rows.putIfAbsent(r.id(), r));
            }
            if (s.dateOfBirth() != null) {
                for (LocalDate d : nearDates(s.dateOfBirth())) {
                    byDate.getOrDefault(d, List.of()).forEach(r -> rows.putIfAbsent(r.id(), r));
                }
            }
            if (s.postcode() != null) {
                for (Row r : byPostcode.getOrDefault(s.postcode(), List.of())) {
                    if (s.dateOfBirth() == null || r.dateOfBirth() == null) {
                        rows.putIfAbsent(r.id(), r);
                    }
                }
            }
            return List.copyOf(rows.values());
        }
    }

    private static final String COLUMNS = "p.id, p.first_name, p.last_name, p.date_of_birth, p.sex, p.nhs_number, "
            + "p.postcode, person_postcode_key(p.postcode) as postcode_key";

    private Pool fetch(List<MatchScore.Subject> wanted, List<PersonSearch> searches) {
        Set<String> nhs = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        Set<String> anyDob = new LinkedHashSet<>();
        Set<String> noDob = new LinkedHashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            MatchScore.Subject s = wanted.get(i);
            if (!searches.get(i).isSearchable()) {
                continue;
            }
            if (s.nhsNumber() != null && s.nhsNumber().matches("[0-9]{10}")) {
                nhs.add(s.nhsNumber());
            }
            if (s.dateOfBirth() != null) {
                nearDates(s.dateOfBirth()).forEach(d -> dates.add(d.toString()));
            }
            if (s.postcode() != null && !s.postcode().isEmpty()) {
                (s.dateOfBirth() == null ? anyDob : noDob).add(s.postcode());
            }
        }
        Pool pool = new Pool(new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (nhs.isEmpty() && dates.isEmpty() && anyDob.isEmpty() && noDob.isEmpty()) {
            return pool;
        }
        // One arm per key, each an index probe per value (as one OR, or as = any() over thousands of dates, the
        // planner read the whole table). A person fetched by two arms comes twice: Pool.near takes each once.
        jdbc.sql("""
                        select %1$s from unnest(cast(:nhs as text[])) n (v)
                          join person p on p.nhs_number = cast(n.v as char(10)) where p.merged_into is null
                        union all
                        select %1$s from unnest(cast(:dates as text[])) d (v)
                          join person p on p.date_of_birth = cast(d.v as date) where p.merged_into is null
                        union all
                        select %1$s from unnest(cast(:anyDob as text[])) c (v)
                          join person p on person_postcode_key(p.postcode) = c.v where p.merged_into is null
                        union all
                        select %1$s from unnest(cast(:noDob as text[])) c (v)
                          join person p on person_postcode_key(p.postcode) = c.v
                         where p.merged_into is null and p.date_of_birth is null""".formatted(COLUMNS))
                .param("nhs", nhs.toArray(String[]::new))
                .param("dates", dates.toArray(String[]::new))
                .param("anyDob", anyDob.toArray(String[]::new))
                .param("noDob", noDob.toArray(String[]::new))
                .query((rs, n) -> {
                    String number = rs.getString("nhs_number");
                    Row row = new Row(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                            rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"),
                            number == null ? null : number.trim(), rs.getString("postcode"),
                            rs.getString("postcode_key"));
                    if (row.nhsNumber() != null) {
                        pool.byNhs().computeIfAbsent(row.nhsNumber(), k -> new ArrayList<>(1)).add(row);
                    }
                    if (row.dateOfBirth() != null) {
                        pool.byDate().computeIfAbsent(row.dateOfBirth(), k -> new ArrayList<>()).add(row);
                    }
                    if (row.postcodeKey() != null) {
                        pool.byPostcode().computeIfAbsent(row.postcodeKey(), k -> new ArrayList<>()).add(row);
                    }
                    return row;
                })
                .list();
        return pool;
    }
}
