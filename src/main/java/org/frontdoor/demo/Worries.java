package org.frontdoor.demo;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontdoor.intake.ReferralSource;

/**
 * What referrers tell the Front Door, in their own words: the themes and templates of demo/worries.txt, filled in
 * with the family's names.
 */
final class Worries {

    /** One kind of worry in one referrer's voice; see demo/worries.txt. */
    record Theme(String name, boolean household, int youngest, int oldest, List<String> roles, List<String> agencies,
                 List<String> templates) {

        boolean suits(int age) {
            return age >= youngest && age <= oldest;
        }
    }

    private static final Map<ReferralSource, Weighted<Theme>> BY_SOURCE = new EnumMap<>(ReferralSource.class);
    private static final Weighted<String> DASH_RISK =
            new Weighted<>(Weighted.parse("standard*55 medium*33 high*12"));

    static {
        Map<ReferralSource, List<Weighted.Entry<Theme>>> entries = new EnumMap<>(ReferralSource.class);
        for (DemoResources.Section section : DemoResources.sections("worries.txt")) {
            String[] heading = section.heading().split("\\|");
            String[] ages = heading[2].strip().split("-");
            String[] referrer = heading.length > 4 ? heading[4].split("@") : new String[0];
            Theme theme = new Theme(heading[0].strip(), heading[1].strip().equals("household"),
                    Integer.parseInt(ages[0]), Integer.parseInt(ages[1]), choices(referrer, 0), choices(referrer, 1),
                    List.copyOf(section.lines()));
            for (Weighted.Entry<String> source : Weighted.parse(heading[3])) {
                entries.computeIfAbsent(ReferralSource.ofCode(source.item()), s -> new ArrayList<>())
                        .add(new Weighted.Entry<>(theme, source.weight()));
            }
        }
        entries.forEach((source, weighted) -> BY_SOURCE.put(source, new Weighted<>(weighted)));
    }

    private Worries() {
    }

    static Theme themeFor(ReferralSource source, DemoRandom random) {
        Weighted<Theme> themes = BY_SOURCE.get(source);
        if (themes == null) {
            throw new IllegalStateException("demo/worries.txt has no theme for referral source " + source.code());
        }
        return themes.pick(random);
    }

    /** The worries as the referrer put them, about the contact's children. */
    static String write(DemoContact contact, DemoRandom random) {
        String template = random.one(contact.theme().templates());
        StringBuilder text = new StringBuilder(template.length() + 64);
        int done = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', done)) {
            int close = template.indexOf('}', open);
            String key = template.substring(open + 1, close);
            String value = fill(key.toLowerCase(Locale.ROOT), contact, random);
            text.append(template, done, open);
            if (Character.isUpperCase(key.charAt(0))) {
                text.append(Character.toUpperCase(value.charAt(0))).append(value, 1, value.length());
            } else {
                text.append(value);
            }
            done = close + 1;
        }
        return text.append(template, done, template.length()).toString();
    }

    private static String fill(String key, DemoContact contact, DemoRandom random) {
        List<DemoPerson> children = contact.children();
        DemoPerson first = children.get(0);
        // "They" for several children, and for one whose sex is not known.
        String sex = children.size() > 1 ? "U" : first.sex();
        boolean plural = sex.equals("U");
        ZonedDateTime received = contact.receivedAt().atZone(DemoOptions.ZONE);
        return switch (key) {
            case "child" -> names(children);
            case "is" -> plural ? "are" : "is";
            case "was" -> plural ? "were" : "was";
            case "has" -> plural ? "have" : "has";
            case "they" -> pronoun(sex, "he", "she", "they");
            case "them" -> pronoun(sex, "him", "her", "them");
            case "their" -> pronoun(sex, "his", "her", "their");
            case "mother" -> contact.family().mother().firstName();
            case "partner" -> partner(contact.family());
            case "age" -> Integer.toString(first.ageOn(received.toLocalDate()));
            case "school" -> Referrers.school(contact.family(), first.ageOn(received.toLocalDate()));
            case "day" -> received.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
            case "time" -> received.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString();
            case "risk" -> DASH_RISK.pick(random);
            default -> throw new IllegalStateException("Unknown placeholder {" + key + "} in demo/worries.txt");
        };
    }

    private static String names(List<DemoPerson> children) {
        List<String> names = children.stream().map(DemoPerson::firstName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String pronoun(String sex, String male, String female, String unknown) {
        return switch (sex) {
            case "M" -> male;
            case "F" -> female;
            default -> unknown;
        };
    }

    /** "her partner Lee", "her ex-partner Lee" when he lives elsewhere, or just "her partner" when none is recorded. */
    private static String partner(DemoFamily family) {
        DemoPerson partner = family.partner();
        if (partner == null) {
            return "her partner";
        }
        return (partner.home() == family.mother().home() ? "her partner " : "her ex-partner ") + partner.firstName();
    }

    private static List<String> choices(String[] referrer, int part) {
        return part < referrer.length ? Arrays.stream(referrer[part].split("/")).map(String::strip).toList() : List.of();
    }
}
