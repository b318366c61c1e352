package org.frontdoor.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Realistic intake searches made from real people in the index: the name and date of birth as a referrer might give
 * them, exactly or with one of the usual slips. Always the same queries for the same data and seed.
 */
final class MatchQueries {

    /** Someone in the index, as recorded. */
    record Person(long id, String firstName, String lastName, LocalDate dateOfBirth) {
    }

    enum Kind {
        EXACT("exact"),
        SURNAME_TYPO("typo in the surname"),
        NICKNAME("nickname (Liz for Elizabeth)"),
        DOB_SWAPPED("day and month of birth swapped"),
        NAMES_TRANSPOSED("first and last names transposed");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** A search as typed at intake, and who it is really for. */
    record Query(Kind kind, Person truth, String firstName, String lastName, LocalDate dateOfBirth) {
    }

    private MatchQueries() {
    }

    static List<Query> make(JdbcClient jdbc, int perKind, long seed) {
        List<Person> people = jdbc.sql("""
                        select id, first_name, last_name, date_of_birth from person
                         where merged_into is null and date_of_birth is not null
                           and first_name !~* '^unknown' and last_name !~* '^unknown'
                         order by id""")
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
        Map<String, List<String>> nicknames = new HashMap<>();
        jdbc.sql("select name, nickname from nickname order by name, nickname").query((rs, n) -> nicknames
                .computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        Random random = new Random(seed);
        Set<Long> used = new HashSet<>();
        List<Query> queries = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Function<Person, Query> perturb = switch (kind) {
                case EXACT -> p -> new Query(kind, p, p.firstName(), p.lastName(), p.dateOfBirth());
                case SURNAME_TYPO -> p -> p.lastName().length() < 4 ? null
                        : new Query(kind, p, p.firstName(), typo(p.lastName(), random), p.dateOfBirth());
                case NICKNAME -> p -> {
                    List<String> forms = nicknames.get(p.firstName().toLowerCase(Locale.ROOT));
                    return forms == null ? null : new Query(kind, p, forms.get(random.nextInt(forms.size())),
                            p.lastName(), p.dateOfBirth());
                };
                case DOB_SWAPPED -> p -> {
                    LocalDate dob = p.dateOfBirth();
                    return dob.getDayOfMonth() > 12 || dob.getDayOfMonth() == dob.getMonthValue() ? null
                            : new Query(kind, p, p.firstName(), p.lastName(),
                                    LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
                };
                case NAMES_TRANSPOSED -> p -> p.firstName().equalsIgnoreCase(p.lastName()) ? null
                        : new Query(kind, p, p.lastName(), p.firstName(), p.dateOfBirth());
            };
            int made = 0;
            for (int tries = 0; made < perKind && tries < 1_000_000; tries++) {
                Person p = people.get(random.nextInt(people.size()));
                if (used.contains(p.id())) {
                    continue;
                }
                Query q = perturb.apply(p);
                if (q != null) {
                    queries.add(q);
                    used.add(p.id());
                    made++;
                }
            }
        }
        return queries;
    }

    /** One slip past the first letter: a letter wrong, missing, doubled in, or two neighbours swapped. */
    static String typo(String name, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int i = 1 + random.nextInt(name.length() - 1);
            char c = name.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            char other = (char) ('a' + random.nextInt(26));
            String typed = switch (random.nextInt(4)) {
                case 0 -> name.substring(0, i) + other + name.substring(i + 1);
                case 1 -> name.substring(0, i) + name.substring(i + 1);
                case 2 -> name.substring(0, i) + other + name.substring(i);
                default -> i + 1 < name.length() && Character.isLetter(name.charAt(i + 1))
                        ? name.substring(0, i) + name.charAt(i + 1) + c + name.substring(i + 2) : name;
            };
            if (!typed.equalsIgnoreCase(name)) {
                return typed;
            }
        }
        return name.substring(0, name.length() - 1); // the last letter missed
    }
}
