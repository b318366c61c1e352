package org.frontdoor.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontdoor.intake.ReferralSource;

/**
 * The people a contact names: the children it is about, then the adults the referrer named. The worker who typed
 * the contact linked each of them to the person index, whatever the referrer's spelling; a new partner named in a
 * domestic abuse notification is not in the index and stays unlinked.
 */
final class Subjects {

    /** Bits of {@link DemoContact#adultsNamed()}, in the order the adults follow the children. */
    static final int MOTHER = 1;
    static final int FATHER = 2;
    static final int STEP_PARENT = 4;
    static final int GRANDPARENT = 8;
    static final int OTHER = 16;

    /** How often a referrer writes a child's first name their own way: a nickname, another spelling, a slip. */
    private static final double CHILD_NAME_AS_WRITTEN = 0.03;
    private static final double ADULT_NAME_AS_WRITTEN = 0.01;
    private static final Map<String, List<String>> NAMES_AS_WRITTEN = new HashMap<>();

    static {
        for (String line : Consents.intake("names as written")) {
            int colon = line.indexOf(':');
            NAMES_AS_WRITTEN.put(line.substring(0, colon).strip(),
                    Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).toList());
        }
    }

    private static final Map<String, List<String>> FATHER_REASONS = new HashMap<>();

    static {
        for (String section : List.of("deceased", "never named", "no contact", "not known", "elsewhere", "at home",
                "not at incident", "anonymous")) {
            FATHER_REASONS.put(section, Consents.intake("father " + section));
        }
    }

    private Subjects() {
    }

    /** Which of the family's adults the referrer names: bits MOTHER, FATHER and so on. */
    static int named(ReferralSource source, Worries.Theme theme, DemoFamily family, DemoRandom random) {
        boolean domestic = Consents.isDomestic(theme);
        boolean individual = source.code().startsWith("1");
        boolean unknown = source == ReferralSource.S9 || source == ReferralSource.S10;
        int named = 0;
        double mother = domestic ? 1 : source == ReferralSource.S1C ? 0.75 : unknown ? 0.85 : 0.97;
        if (random.chance(mother)) {
            named |= MOTHER;
        }
        DemoPerson father = family.father();
        if (father != null) {
            // Police name both parties to an incident; a father who is not the mother's partner is often left out.
            double chance = domestic ? (family.partner() == father ? 0.95 : 0.4)
                    : unknown ? 0.3 : individual ? 0.6 : family.fatherAtHome() ? 0.93 : 0.65;
            if (random.chance(chance)) {
                named |= FATHER;
            }
        }
        if (family.stepParent() != null && random.chance(domestic ? 0.97 : 0.7)) {
            named |= STEP_PARENT;
        }
        if (family.grandparent() != null && random.chance(family.kinshipCare() ? 0.95 : 0.4)) {
            named |= GRANDPARENT;
        }
        if (domestic && family.partner() == null && random.chance(0.7)) {
            named |= OTHER;
        }
        return named;
    }

    static int count(DemoContact contact) {
        return contact.children().size() + Integer.bitCount(contact.adultsNamed());
    }

    /** The contact's subject rows, with ids from {@link DemoContact#firstSubjectId()}: the same every time. */
    static List<DemoSubject> of(DemoContact contact, DemoRandom random) {
        List<DemoSubject> subjects = new ArrayList<>(count(contact));
        Instant due = DecisionClock.due(contact.receivedAt());
        ReferralSource source = contact.source();
        // What the referrer knows: health has NHS numbers; the public and anonymous callers often not even a date.
        boolean health = source.code().startsWith("3");
        boolean vague = source == ReferralSource.S1B || source == ReferralSource.S1D || source == ReferralSource.S9
                || source == ReferralSource.S10;
        for (DemoPerson child : contact.children()) {
            String first = random.chance(CHILD_NAME_AS_WRITTEN) ? asWritten(child.firstName(), random)
                    : child.firstName();
            subjects.add(linked(contact, subjects.size(), "CHILD", child, first,
                    vague && random.chance(0.5) ? null : child.dateOfBirth(),
                    health && random.chance(0.9) ? child.nhsNumber() : null,
                    vague && random.chance(0.5) ? null : child.home().postcode(), false, due));
        }
        DemoFamily family = contact.family();
        double adultDob = source == ReferralSource.S6 ? 0.85 : health ? 0.5 : vague || source.code().startsWith("1")
                ? 0.05 : 0.3;
        int named = contact.adultsNamed();
        LocalDate day = contact.receivedOn();
        for (int bit = MOTHER; bit <= GRANDPARENT; bit <<= 1) {
            if ((named & bit) == 0) {
                continue;
            }
            DemoPerson adult = switch (bit) {
                case MOTHER -> family.mother();
                case FATHER -> family.father();
                case STEP_PARENT -> family.stepParent();
                default -> family.grandparent();
            };
            String role = switch (bit) {
                case MOTHER -> "MOTHER";
                case FATHER -> "FATHER";
                case STEP_PARENT -> "STEP_PARENT";
                default -> family.kinshipCare() ? "CARER" : "HOUSEHOLD_MEMBER";
            };
            String first = random.chance(ADULT_NAME_AS_WRITTEN) ? asWritten(adult.firstName(), random)
                    : adult.firstName();
            boolean careLeaver = bit == MOTHER && adult.ageOn(day) < 25 && Math.floorMod(family.number() * 37, 100) < 20;
            subjects.add(linked(contact, subjects.size(), role, adult, first,
                    random.chance(adultDob) ? adult.dateOfBirth() : null,
                    health && random.chance(0.4) ? adult.nhsNumber() : null,
                    vague && random.chance(0.5) ? null : adult.home().postcode(), careLeaver, null));
        }
        if ((named & OTHER) != 0) {
            // The mother's new partner, as the officers wrote him down: not (yet) in the person index.
            Heritage.Group names = random.chance(0.8) ? family.heritage() : Heritage.GROUPS.pick(random);
            LocalDate born = random.chance(0.6) ? day.minusYears(random.between(19, 45)).minusDays(random.below(365))
                    : null;
            subjects.add(new DemoSubject(contact.firstSubjectId() + subjects.size(), contact.id(), "OTHER",
                    names.firstName("M", true, random), names.surname(random), born, "M", null, null, false, null,
                    null, null, null));
        }
        return subjects;
    }

    /** Why no father is named: what the family's records say about him, as far as this referrer knows it. */
    static String fatherNotKnown(DemoContact contact, DemoRandom random) {
        if ((contact.adultsNamed() & FATHER) != 0) {
            return null;
        }
        DemoFamily family = contact.family();
        String section;
        if (contact.source() == ReferralSource.S9) {
            section = "anonymous";
        } else if (family.father() != null) {
            section = Consents.isDomestic(contact.theme()) ? "not at incident"
                    : family.fatherAtHome() ? "at home" : "elsewhere";
        } else if (contact.source().code().startsWith("1") || contact.source() == ReferralSource.S10
                || random.chance(0.3)) {
            section = "not known";
        } else {
            // The same for every contact about the family: a father recorded as dead stays dead.
            int truth = Math.floorMod(family.number() * 7919, 100);
            section = truth < 5 ? "deceased" : truth < 40 ? "never named" : truth < 70 ? "no contact" : "not known";
        }
        return random.one(FATHER_REASONS.get(section));
    }

    private static DemoSubject linked(DemoContact contact, int index, String role, DemoPerson person, String first,
                                      LocalDate born, String nhsNumber, String postcode, boolean careLeaver,
                                      Instant due) {
        return new DemoSubject(contact.firstSubjectId() + index, contact.id(), role, first, person.lastName(), born,
                person.sex(), nhsNumber, postcode, careLeaver, person.id(), contact.recordedBy(),
                contact.recordedAt(), due);
    }

    /** A first name as a referrer might write it: a nickname or another spelling, else without accents or a slip. */
    static String asWritten(String name, DemoRandom random) {
        List<String> others = NAMES_AS_WRITTEN.get(name);
        if (others != null && random.chance(0.8)) {
            return random.one(others);
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('\u0142', 'l')
                .replace('\u0141', 'L');
        if (!plain.equals(name)) {
            return plain;
        }
        String slip = slip(name, random);
        return slip.equals(name) ? name.toLowerCase(Locale.ROOT) : slip;
    }

    /** Two letters swapped, a letter doubled or dropped, i for y: the slips of someone typing fast. */
    private static String slip(String name, DemoRandom random) {
        int length = name.length();
        if (length < 4) {
            return name.indexOf('i') > 0 ? name.replaceFirst("i", "y") : name.replaceFirst("y", "i");
        }
        int at = 1 + random.below(length - 2);
        return switch (random.below(3)) {
            case 0 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            default -> name.substring(0, at) + name.substring(at + 1);
        };
    }
}
