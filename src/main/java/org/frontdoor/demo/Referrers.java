package org.frontdoor.demo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/** Who made a contact, as a referrer from that source would give their details. Anonymous callers give none. */
final class Referrers {

    record Referrer(String name, String agency, String role, String phone, String email) {
    }

    private static final List<String> PRIMARY_SCHOOLS = DemoResources.section("places.txt", "primary schools");
    private static final List<String> SECONDARY_SCHOOLS = DemoResources.section("places.txt", "secondary schools");
    private static final List<String> GP_PRACTICES = DemoResources.section("places.txt", "gp practices");
    private static final List<String> SCHOOL_ROLES = List.of("Designated safeguarding lead",
            "Designated safeguarding lead", "Deputy designated safeguarding lead", "Head teacher", "Pastoral lead",
            "Class teacher", "Attendance officer");
    private static final List<String> POLICE_RANKS = List.of("PC", "PC", "PC", "DC", "PS");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Referrer NONE = new Referrer(null, null, null, null, null);
    private static final Map<String, List<String>> ACTIONS = new HashMap<>();

    static {
        for (String section : List.of("police-domestic", "police", "school", "health", "emergency", "council",
                "individual")) {
            ACTIONS.put(section, Consents.intake("actions " + section));
        }
    }

    private Referrers() {
    }

    /** The school a child of this family goes to: brothers and sisters go to the same ones. */
    static String school(DemoFamily family, int age) {
        List<String> schools = age < 11 ? PRIMARY_SCHOOLS : SECONDARY_SCHOOLS;
        return schools.get(family.number() % schools.size());
    }

    static Referrer describe(DemoContact contact, DemoRandom random) {
        Worries.Theme theme = contact.theme();
        DemoPerson child = contact.children().get(0);
        Heritage.Group names = Heritage.GROUPS.pick(random);
        String sex = random.chance(0.7) ? "F" : "M";
        String first = names.firstName(sex, true, random);
        String surname = names.surname(random);
        String role = theme.roles().isEmpty() ? null : random.one(theme.roles());
        String agency = theme.agencies().isEmpty() ? null : random.one(theme.agencies());
        return switch (contact.source()) {
            case S9, S10 -> NONE;
            case S1C -> new Referrer(child.firstName() + " " + child.lastName(), null, role, mobile(random), null);
            // A relative is from the mother's side of the family.
            case S1A -> new Referrer(contact.family().heritage().firstName("F", true, random) + " "
                    + contact.family().mother().lastName(), null, role, mobile(random), null);
            case S1B, S1D -> new Referrer(first + " " + surname, null, role, mobile(random), null);
            case S2A -> professional(first + " " + surname, first, surname,
                    school(contact.family(), child.ageOn(contact.receivedAt().atZone(DemoOptions.ZONE).toLocalDate())),
                    random.one(SCHOOL_ROLES), random);
            case S3A -> professional("Dr " + first + " " + surname, first, surname,
                    GP_PRACTICES.get(contact.family().number() % GP_PRACTICES.size()), "GP", random);
            case S6 -> professional(random.one(POLICE_RANKS) + " " + random.between(1000, 9999) + " " + surname, first,
                    surname, agency, role, random);
            default -> professional(first + " " + surname, first, surname, agency, role, random);
        };
    }

    /**
     * What the referrer did before making the contact: professionals say; members of the family and the public
     * mostly do not, and anonymous and unknown callers never.
     */
    static String actions(DemoContact contact, DemoRandom random) {
        String theme = contact.theme().name();
        String section = switch (contact.source()) {
            case S9, S10 -> null;
            case S1A, S1B, S1C, S1D -> random.chance(0.3) ? "individual" : null;
            case S6 -> theme.equals("police-domestic") ? "police-domestic" : "police";
            case S2A, S2B -> "school";
            case S3E -> "emergency";
            case S3A, S3B, S3C, S3D, S3F -> "health";
            default -> "council";
        };
        return section == null ? null : random.one(ACTIONS.get(section));
    }

    /** Professionals give a work phone (Ofcom's range for drama) and often an email at their agency. */
    private static Referrer professional(String name, String first, String surname, String agency, String role,
                                         DemoRandom random) {
        String phone = "01632 " + (960_000 + random.below(1000));
        String email = random.chance(0.6) && agency != null
                ? ascii(first) + "." + ascii(surname) + "@" + ascii(agency) + ".example" : null;
        return new Referrer(name, agency, role, phone, email);
    }

    /** Ofcom's range of mobile numbers for drama, so no real phone is ever shown. */
    private static String mobile(DemoRandom random) {
        return "07700 " + (900_000 + random.below(1000));
    }

    private static String ascii(String words) {
        return NOT_ALPHANUMERIC.matcher(Normalizer.normalize(words, Normalizer.Form.NFD).toLowerCase(Locale.ROOT))
                .replaceAll("");
    }
}
