package org.frontdoor.demo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The heritage groups of Kingsmere's families, from demo/heritage.txt: names consistent within a family, DfE
 * ethnicity codes in roughly the proportions of an English urban authority, and first languages.
 */
final class Heritage {

    record Group(String name, Weighted<String> ethnicity, List<String> languages, List<String> boys,
                 List<String> girls, List<String> men, List<String> women, List<String> surnames) {

        /** A first name for a child or for the parents' generation; sex U takes either. */
        String firstName(String sex, boolean adult, DemoRandom random) {
            boolean male = sex.equals("M") || sex.equals("U") && random.chance(0.5);
            return random.one(male ? (adult ? men : boys) : (adult ? women : girls));
        }

        String surname(DemoRandom random) {
            return random.one(surnames);
        }
    }

    static final Weighted<Group> GROUPS = load();

    private Heritage() {
    }

    /**
     * The census code for a child of parents with these codes: the shared code if both are white or both the same,
     * else the mixed code that fits.
     */
    static String childEthnicity(String mother, String father, DemoRandom random) {
        if (mother.equals(father) || mother.startsWith("W") && father.startsWith("W")) {
            return random.chance(0.5) ? mother : father;
        }
        String white = mother.startsWith("W") ? mother : father.startsWith("W") ? father : null;
        if (white == null) {
            return "MOTH";
        }
        String other = white.equals(mother) ? father : mother;
        return switch (other) {
            case "BCRB" -> "MWBC";
            case "BAFR" -> "MWBA";
            case "AIND", "APKN", "ABAN", "AOTH" -> "MWAS";
            default -> "MOTH";
        };
    }

    private static Weighted<Group> load() {
        return new Weighted<>(DemoResources.sections("heritage.txt").stream().map(section -> {
            String[] heading = section.heading().split("\\|");
            Map<String, String> fields = new HashMap<>();
            for (String line : section.lines()) {
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            List<String> boys = names(fields, "boys");
            List<String> girls = names(fields, "girls");
            Group group = new Group(heading[0].strip(), new Weighted<>(Weighted.parse(fields.get("ethnicity"))),
                    names(fields, "languages"), boys, girls,
                    fields.containsKey("men") ? names(fields, "men") : boys,
                    fields.containsKey("women") ? names(fields, "women") : girls, names(fields, "surnames"));
            return new Weighted.Entry<>(group, Double.parseDouble(heading[1].strip()));
        }).toList());
    }

    private static List<String> names(Map<String, String> fields, String key) {
        String value = fields.getOrDefault(key, "");
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
