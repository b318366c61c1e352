package org.frontdoor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes the families the contacts are about: a mother always, a father known for about four in five, brothers and
 * sisters, sometimes a step-parent, sometimes a grandparent at home or caring for the children instead of their
 * mother. Everyone is numbered as made, so ids follow the order of first contact.
 */
final class Families {

    /** A family and the children of it one contact is about. */
    record Concerned(DemoFamily family, List<DemoPerson> children) {
    }

    /** Children's ages at a first contact, 0 to 17: babies and teenagers most often, as in the CIN census. */
    private static final Weighted<Integer> CHILD_AGE =
            Weighted.ofIndexes(9, 5, 5, 4.5, 4.5, 5, 5, 5, 5, 5, 5.5, 5.5, 5.5, 6, 6.5, 6.5, 6, 5);
    /** A mother's age at a birth, from 16 (index 0) to 45. */
    private static final Weighted<Integer> MOTHER_AGE = Weighted.ofIndexes(2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 5.5, 5, 5,
            4.5, 4, 3.5, 3, 2.5, 2, 1.6, 1.3, 1, 0.8, 0.6, 0.4, 0.3, 0.2, 0.1, 0.1);
    /** Brothers and sisters besides the child a first contact is about. */
    private static final Weighted<Integer> SIBLINGS = Weighted.ofIndexes(35, 33, 20, 12);
    private static final int SIBLING_GAP_DAYS = 300;

    private static final double FATHER_KNOWN = 0.8;
    private static final double FATHER_AT_HOME = 0.55;
    private static final double FATHER_SAME_HERITAGE = 0.82;
    private static final double STEP_PARENT = 0.25;
    private static final double GRANDPARENT = 0.07;
    private static final double GRANDPARENT_CARES_INSTEAD = 0.4;

    private final DemoRandom random;
    private final NhsNumbers nhsNumbers = new NhsNumbers();
    private final List<DemoPerson> people = new ArrayList<>();
    private final List<DemoRelationship> relationships = new ArrayList<>();
    private int families;
    // Who recorded the family, and when: the first contact's worker and time.
    private Instant recordedAt;
    private String recordedBy;

    Families(DemoRandom random) {
        this.random = random;
    }

    List<DemoPerson> people() {
        return List.copyOf(people);
    }

    List<DemoRelationship> relationships() {
        return List.copyOf(relationships);
    }

    /** A family new to the Front Door, made around a child of an age that suits the theme of its first contact. */
    Concerned create(Worries.Theme theme, LocalDate day, Instant at, String by) {
        recordedAt = at;
        recordedBy = by;
        Heritage.Group mothers = Heritage.GROUPS.pick(random);
        Heritage.Group fathers = random.chance(FATHER_SAME_HERITAGE) ? mothers : Heritage.GROUPS.pick(random);

        int age;
        do {
            age = CHILD_AGE.pick(random);
        } while (!theme.suits(age));
        LocalDate indexBirth = bornAged(age, day);
        LocalDate motherBorn = bornAged(16 + MOTHER_AGE.pick(random), indexBirth);
        List<LocalDate> births = new ArrayList<>(List.of(indexBirth));
        for (int n = SIBLINGS.pick(random); n > 0; n--) {
            addSiblingBirth(births, motherBorn, day);
        }
        births.sort(Comparator.naturalOrder());

        boolean fatherKnown = random.chance(FATHER_KNOWN);
        boolean grandparent = random.chance(GRANDPARENT);
        boolean kinshipCare = grandparent && random.chance(GRANDPARENT_CARES_INSTEAD);
        boolean fatherAtHome = fatherKnown && !kinshipCare && random.chance(FATHER_AT_HOME);
        boolean stepParent = !fatherAtHome && !kinshipCare && random.chance(STEP_PARENT);

        // Children share a surname with one parent: the father's, the mother's (perhaps his too), or both joined.
        String maidenName = mothers.surname(random);
        String fatherSurname = fathers.surname(random);
        String motherSurname = fatherKnown && random.chance(0.4) ? fatherSurname : maidenName;
        String childrenSurname = fatherKnown && random.chance(0.6) ? fatherSurname : motherSurname;
        if (fatherKnown && !fatherSurname.equals(motherSurname) && random.chance(0.06)) {
            childrenSurname = motherSurname + "-" + fatherSurname;
        }
        String motherEthnicity = mothers.ethnicity().pick(random);
        String fatherEthnicity = fathers.ethnicity().pick(random);
        String childEthnicity = Heritage.childEthnicity(motherEthnicity, fatherEthnicity, random);
        String language = language(mothers);

        Addresses.Home home = Addresses.next(random);
        List<DemoPerson> children = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (LocalDate birth : births) {
            String sex = random.chance(0.005) ? "U" : random.chance(0.5) ? "M" : "F";
            Heritage.Group names = random.chance(0.5) ? mothers : fathers;
            String first = names.firstName(sex, false, random);
            for (int tries = 0; taken.contains(first) && tries < 10; tries++) {
                first = names.firstName(sex, false, random);
            }
            taken.add(first);
            children.add(add(names, first, childrenSurname, sex, birth, childEthnicity, language, home, true));
        }
        LocalDate eldest = births.get(0);
        DemoPerson mother = add(mothers, mothers.firstName("F", true, random), motherSurname, "F", motherBorn,
                motherEthnicity, language, kinshipCare ? Addresses.next(random) : home, false);
        DemoPerson father = null;
        if (fatherKnown) {
            LocalDate born = motherBorn.minusYears(random.between(-2, 8)).minusDays(random.below(365));
            if (ChronoUnit.YEARS.between(born, eldest) < 16) {
                born = eldest.minusYears(16 + random.below(6)).minusDays(random.below(365));
            }
            Addresses.Home fatherHome = fatherAtHome ? home
                    : random.chance(0.1) ? Addresses.Home.UNKNOWN : Addresses.next(random);
            father = add(fathers, fathers.firstName("M", true, random), fatherSurname, "M", born, fatherEthnicity,
                    language(fathers), fatherHome, false);
        }
        DemoPerson step = null;
        if (stepParent) {
            Heritage.Group group = random.chance(0.7) ? mothers : Heritage.GROUPS.pick(random);
            String sex = random.chance(0.95) ? "M" : "F";
            LocalDate born = motherBorn.minusYears(random.between(-6, 6)).minusDays(random.below(365));
            if (ChronoUnit.YEARS.between(born, day) < 18) {
                born = day.minusYears(18 + random.below(6)).minusDays(random.below(365));
            }
            step = add(group, group.firstName(sex, true, random), group.surname(random), sex, born,
                    group.ethnicity().pick(random), language(group), home, false);
        }
        DemoPerson gran = null;
        if (grandparent) {
            String sex = random.chance(0.85) ? "F" : "M";
            LocalDate born = motherBorn.minusYears(random.between(18, 30)).minusDays(random.below(365));
            gran = add(mothers, mothers.firstName(sex, true, random), maidenName, sex, born, motherEthnicity, language,
                    home, false);
        }

        for (DemoPerson child : children) {
            relate(child, mother, "MOTHER", !kinshipCare);
            relate(child, father, "FATHER", fatherAtHome);
            relate(child, step, "STEP_PARENT", true);
            relate(child, gran, kinshipCare ? "CARER" : "HOUSEHOLD_MEMBER", true);
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                relate(children.get(i), children.get(j), "SIBLING", true);
            }
        }
        DemoFamily family = new DemoFamily(++families, mothers, home, mother, father, step, gran, List.copyOf(children));
        DemoPerson index = children.get(births.indexOf(indexBirth));
        return new Concerned(family, theme.household() ? family.children() : List.of(index));
    }

    /**
     * The children of a known family that a new contact with this theme is about, or null if none is the right
     * age. A contact about one child is about a child of the earlier contact when one fits.
     */
    Concerned again(DemoContact earlier, Worries.Theme theme, LocalDate day) {
        List<DemoPerson> atHome = earlier.family().children().stream().filter(c -> c.isChildOn(day)).toList();
        List<DemoPerson> suited = atHome.stream().filter(c -> theme.suits(c.ageOn(day))).toList();
        if (suited.isEmpty()) {
            return null;
        }
        if (theme.household()) {
            return new Concerned(earlier.family(), atHome);
        }
        List<DemoPerson> sameChild = suited.stream().filter(earlier.children()::contains).toList();
        return new Concerned(earlier.family(), List.of(random.one(sameChild.isEmpty() ? suited : sameChild)));
    }

    /** A date of birth on which someone is exactly {@code age} on {@code day}. */
    private LocalDate bornAged(int age, LocalDate day) {
        LocalDate latest = day.minusYears(age);
        LocalDate earliest = day.minusYears(age + 1L).plusDays(1);
        return earliest.plusDays(random.below((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
    }

    /** A brother or sister under 18 on the day, born when the mother was 16 to 45 and not too close to the others. */
    private void addSiblingBirth(List<LocalDate> births, LocalDate motherBorn, LocalDate day) {
        for (int tries = 0; tries < 20; tries++) {
            LocalDate birth = bornAged(random.below(18), day);
            long motherAge = ChronoUnit.YEARS.between(motherBorn, birth);
            if (motherAge >= 16 && motherAge <= 45 && births.stream()
                    .allMatch(b -> Math.abs(ChronoUnit.DAYS.between(b, birth)) >= SIBLING_GAP_DAYS)) {
                births.add(birth);
                return;
            }
        }
    }

    private String language(Heritage.Group group) {
        return group.languages().isEmpty() ? null : random.one(group.languages());
    }

    private DemoPerson add(Heritage.Group names, String first, String surname, String sex, LocalDate born,
                           String ethnicity, String language, Addresses.Home home, boolean child) {
        String middle = random.chance(child ? 0.35 : 0.15) ? names.firstName(sex, !child, random) : null;
        String nhsNumber = random.chance(child ? 0.85 : 0.6) ? nhsNumbers.next() : null;
        // Some records say the ethnicity was refused or not yet obtained, as real ones do.
        String recorded = random.chance(0.03) ? (random.chance(0.2) ? "REFU" : "NOBT") : ethnicity;
        String firstLanguage = language != null && random.chance(child ? 0.3 : 0.7) ? language
                : random.chance(0.6) ? "English" : null;
        DemoPerson person = new DemoPerson(people.size() + 1, first, surname, first.equals(middle) ? null : middle,
                born, sex, recorded, nhsNumber, firstLanguage, home, recordedAt, recordedBy);
        people.add(person);
        return person;
    }

    private void relate(DemoPerson person, DemoPerson related, String type, boolean livesWith) {
        if (related != null) {
            relationships.add(new DemoRelationship(relationships.size() + 1, person.id(), related.id(), type,
                    livesWith, recordedAt, recordedBy));
        }
    }
}
