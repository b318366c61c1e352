package org.frontdoor.people;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups of first names that may be the same person's: a full name and its short forms and spellings. Names are
 * compared by their key (lower case, no accents, as {@code person_name_key} makes them). Jon and Jack are related
 * because both are forms of John; Charlie belongs to Charles and to Charlotte, but that does not make those two
 * related.
 */
final class Nicknames {

    /** Name key to the full names (as written, e.g. "John") whose group it belongs to. */
    private final Map<String, Set<String>> groupsByKey = new TreeMap<>();
    /** Full name to the keys of every name in its group, its own included. */
    private final Map<String, Set<String>> keysByGroup = new TreeMap<>();

    /** Adds that {@code nicknameKey} is a form of {@code name}, whose own key is {@code nameKey}. */
    Nicknames add(String name, String nameKey, String nicknameKey) {
        join(name, nameKey);
        join(name, nicknameKey);
        return this;
    }

    private void join(String group, String key) {
        groupsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
        keysByGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(key);
    }

    /** The full name both keys are forms of ("John" for jon and jack), if they differ and share one. */
    Optional<String> sharedName(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return Optional.empty();
        }
        Set<String> other = groupsByKey.getOrDefault(b, Set.of());
        return groupsByKey.getOrDefault(a, Set.of()).stream().filter(other::contains).findFirst();
    }

    /** Every key that may stand for the same first name as {@code key}, {@code key} included. */
    Set<String> variants(String key) {
        Set<String> all = new TreeSet<>();
        if (key == null) {
            return all;
        }
        all.add(key);
        for (String group : groupsByKey.getOrDefault(key, Set.of())) {
            all.addAll(keysByGroup.get(group));
        }
        return all;
    }
}
