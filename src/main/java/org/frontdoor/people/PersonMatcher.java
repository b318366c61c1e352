package org.frontdoor.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds the people in the index who may be the person being recorded, despite typos, nicknames, names given the
 * wrong way round, hyphenated surnames and slipped dates of birth. Merged records are never offered.
 *
 * <p>The database picks candidates, each way through an index (trigram similarity and Double Metaphone on the name
 * keys, equality on NHS number, date of birth and postcode), and ranks them roughly; {@link MatchScore} then scores
 * the best hundred properly.
 */
@Service
public class PersonMatcher {

    static final int MAX_CANDIDATES = 10;
    /** How many roughly ranked rows get a full score: a common surname alone matches thousands. */
    private static final int PRESELECT = 100;
    private static final String COLUMNS = "p.id, p.first_name, p.last_name, p.date_of_birth, p.sex, p.nhs_number, p.postcode";

    private final JdbcClient jdbc;
    private volatile Nicknames nicknames;

    public PersonMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to ten people who may be the one searched for, best first; none if the search has no name or NHS number. */
    public List<PersonCandidate> candidates(PersonSearch search) {
        if (!search.isSearchable()) {
            return List.of();
        }
        Nicknames names = nicknames();
        Keys keys = keys(search);
        Optional<Query> query = query(search, keys, names);
        if (query.isEmpty()) {
            return List.of();
        }
        MatchScore.Subject wanted = new MatchScore.Subject(keys.first(), keys.last(), search.dateOfBirth(),
                search.nhsNumber(), keys.postcode());
        List<PersonCandidate> found = new ArrayList<>();
        for (Row row : jdbc.sql(query.get().sql()).params(query.get().params()).query(PersonMatcher::row).list()) {
            MatchScore.Result result = MatchScore.score(wanted, row.subject(), names);
            if (result.score() >= MatchScore.MIN_SCORE) {
                found.add(new PersonCandidate(row.id(), row.firstName(), row.lastName(), row.dateOfBirth(), row.sex(),
                        row.subject().nhsNumber(), row.postcode(), result.score(), result.reasons()));
            }
        }
        found.sort(Comparator.comparingInt(PersonCandidate::score).reversed()
                .thenComparing(PersonCandidate::lastName).thenComparing(PersonCandidate::firstName)
                .thenComparingLong(PersonCandidate::personId));
        return found.size() > MAX_CANDIDATES ? List.copyOf(found.subList(0, MAX_CANDIDATES)) : List.copyOf(found);
    }

    /** The candidate query for a search, as run; tests EXPLAIN it. Empty when nothing in the search can be used. */
    Optional<Query> query(PersonSearch search) {
        return search.isSearchable() ? query(search, keys(search), nicknames()) : Optional.empty();
    }

    record Query(String sql, Map<String, Object> params) {
    }

    /** The search's names and postcode made comparable exactly as the indexes make the people's. */
    private record Keys(MatchScore.Name first, MatchScore.Name last, String postcode) {
    }

    private Keys keys(PersonSearch search) {
        return jdbc.sql("""
                        select k.first_key, dmetaphone(k.first_key) as first_sound, dmetaphone_alt(k.first_key) as first_alt,
                               k.last_key, dmetaphone(k.last_key) as last_sound, dmetaphone_alt(k.last_key) as last_alt,
                               person_postcode_key(cast(:postcode as text)) as postcode
                          from (select person_name_key(cast(:first as text)) as first_key,
                                       person_name_key(cast(:last as text)) as last_key) k""")
                .param("first", search.firstName()).param("last", search.lastName())
                .param("postcode", search.postcode())
                .query((rs, n) -> new Keys(
                        new MatchScore.Name(rs.getString("first_key"), rs.getString("first_sound"), rs.getString("first_alt")),
                        new MatchScore.Name(rs.getString("last_key"), rs.getString("last_sound"), rs.getString("last_alt")),
                        rs.getString("postcode")))
                .single();
    }

    private record Row(long id, String firstName, String lastName, LocalDate dateOfBirth, String sex, String postcode,
                       MatchScore.Subject subject) {
    }

    /**
     * One SELECT per way of being a candidate, each able to use its own index, unioned; then a rough rank on cheap
     * comparisons so that only the best hundred pay for keys and sound codes.
     */
    private Optional<Query> query(PersonSearch search, Keys keys, Nicknames names) {
        Set<String> firstNames = names.variants(keys.first().isBlank() ? null : keys.first().key());
        List<String> ways = new ArrayList<>();
        List<String> rank = new ArrayList<>();
        String first = keys.first().key();
        String last = keys.last().key();
        // Anything but ten digits cannot match: and cast to char(10), a longer one would be cut short and match wrongly.
        if (search.nhsNumber() != null && search.nhsNumber().matches("[0-9]{10}")) {
            ways.add("p.nhs_number = cast(:nhs as char(10))");
            rank.add("case when nhs_number = cast(:nhs as char(10)) then 8 else 0 end");
        }
        if (!last.isEmpty()) {
            // Trigrams of a short name are mostly noise (Jake shares two with every Ja-): sound and parts suffice.
            if (last.length() >= 5) {
                ways.add("person_name_key(p.last_name) % :last");
            }
            // Smith or Jones finds Smith-Jones (which similarity alone misses when the other half is long).
            ways.add("""
                    person_name_key(p.last_name) like '% %'
                       and string_to_array(person_name_key(p.last_name), ' ') && string_to_array(:last, ' ')""");
            if (!keys.last().sound().isEmpty()) {
                ways.add("dmetaphone(person_name_key(p.last_name)) in (:lastSounds)");
            }
            rank.add("2 * similarity(lower(last_name), :last)");
        }
        if (!first.isEmpty() && !last.isEmpty() && !keys.first().sound().isEmpty()) {
            // Names given the wrong way round: the first name sounds like the surname and the surname like the first.
            ways.add("""
                    dmetaphone(person_name_key(p.last_name)) in (:firstSounds)
                       and (lower(p.first_name) % :last or dmetaphone(lower(p.first_name)) in (:lastSounds))""");
        }
        // A first name alone never makes a candidate (it could never score enough): it only ranks the others.
        if (!first.isEmpty()) {
            rank.add("2 * greatest(similarity(lower(first_name), :first), "
                    + "case when lower(first_name) in (:firstNames) then 1 else 0 end)");
        }
        if (!first.isEmpty() && !last.isEmpty()) {
            rank.add("2 * similarity(lower(first_name), :last)"); // given the wrong way round
        }
        if (search.dateOfBirth() != null) {
            ways.add("p.date_of_birth in (:dates)");
            rank.add("case when date_of_birth = :dob then 3 when date_of_birth in (:dates) then 2 else 0 end");
        }
        if (keys.postcode() != null && !keys.postcode().isEmpty()) {
            ways.add("person_postcode_key(p.postcode) = :postcode");
            rank.add("case when person_postcode_key(postcode) = :postcode then 1 else 0 end");
        }
        if (ways.isEmpty()) {
            return Optional.empty(); // a name of punctuation only
        }
        String union = String.join("\n union\n", ways.stream()
                .map(w -> "select " + COLUMNS + " from person p where p.merged_into is null and " + w).toList());
        String sql = """
                with hit as (
                %s
                ), best as (
                    select hit.*, %s as rough from hit order by rough desc, id limit :preselect
                )
                select best.*, person_name_key(first_name) as first_key, person_name_key(last_name) as last_key,
                       dmetaphone(person_name_key(first_name)) as first_sound,
                       dmetaphone_alt(person_name_key(first_name)) as first_alt,
                       dmetaphone(person_name_key(last_name)) as last_sound,
                       dmetaphone_alt(person_name_key(last_name)) as last_alt,
                       person_postcode_key(postcode) as postcode_key
                  from best""".formatted(union, rank.isEmpty() ? "0" : String.join("\n + ", rank));
        Map<String, Object> params = new HashMap<>();
        params.put("nhs", search.nhsNumber());
        params.put("first", first);
        params.put("last", last);
        params.put("firstSounds", sounds(keys.first()));
        params.put("lastSounds", sounds(keys.last()));
        params.put("firstNames", firstNames.isEmpty() ? List.of("") : List.copyOf(firstNames));
        params.put("dob", search.dateOfBirth());
        params.put("dates", nearDates(search.dateOfBirth()));
        params.put("postcode", keys.postcode());
        params.put("preselect", PRESELECT);
        return Optional.of(new Query(sql, params));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String nhs = rs.getString("nhs_number");
        LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
        MatchScore.Subject subject = new MatchScore.Subject(
                new MatchScore.Name(rs.getString("first_key"), rs.getString("first_sound"), rs.getString("first_alt")),
                new MatchScore.Name(rs.getString("last_key"), rs.getString("last_sound"), rs.getString("last_alt")),
                dob, nhs == null ? null : nhs.trim(), rs.getString("postcode_key"));
        return new Row(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"), dob,
                rs.getString("sex"), rs.getString("postcode"), subject);
    }

    private static List<String> sounds(MatchScore.Name name) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : List.of(name.sound(), name.altSound())) {
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes.isEmpty() ? List.of("") : List.copyOf(codes);
    }

    /** The date given, a day either side, and day and month swapped (3 April for 4 March). */
    static List<LocalDate> nearDates(LocalDate dob) {
        if (dob == null) {
            return List.of(LocalDate.EPOCH);
        }
        Set<LocalDate> dates = new LinkedHashSet<>(List.of(dob, dob.minusDays(1), dob.plusDays(1)));
        if (dob.getDayOfMonth() <= 12) {
            dates.add(LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
        }
        return List.copyOf(dates);
    }

    /** The nickname table is seed data that no screen changes: read it once. */
    Nicknames nicknames() {
        Nicknames loaded = nicknames;
        if (loaded == null) {
            Nicknames fresh = new Nicknames();
            jdbc.sql("select name, person_name_key(name) as name_key, person_name_key(nickname) as nickname_key from nickname")
                    .query((rs, n) -> fresh.add(rs.getString("name"), rs.getString("name_key"), rs.getString("nickname_key")))
                    .list();
            nicknames = loaded = fresh;
        }
        return loaded;
    }
}
