package org.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.intake.ReferralSource;
import org.frontdoor.people.NhsNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoWorldTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);
    private static final DemoOptions OPTIONS = new DemoOptions(42, 3, DemoOptions.Size.SMALL, UNTIL);
    private static final DemoWorld WORLD = DemoWorld.generate(OPTIONS);
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

    @Test
    void sameOptionsGiveTheSameBytesAndAnotherSeedAnotherBorough() throws Exception {
        String digest = digest(WORLD);
        assertThat(digest(DemoWorld.generate(OPTIONS))).isEqualTo(digest);
        assertThat(digest(DemoWorld.generate(new DemoOptions(43, 3, DemoOptions.Size.SMALL, UNTIL))))
                .isNotEqualTo(digest);
    }

    @ParameterizedTest
    @EnumSource(DemoOptions.Size.class)
    void eachYearHasAboutTheSizesContacts(DemoOptions.Size size) {
        DemoWorld world = DemoWorld.generate(new DemoOptions(7, 2, size, UNTIL));
        Instant yearTwo = UNTIL.minusYears(1).atStartOfDay(DemoOptions.ZONE).toInstant();
        long firstYear = world.contacts().stream().filter(c -> c.receivedAt().isBefore(yearTwo)).count();
        long secondYear = world.contacts().size() - firstYear;
        assertThat(firstYear).isCloseTo(size.contactsPerYear(), within(size.contactsPerYear() / 25L));
        assertThat(secondYear).isCloseTo(size.contactsPerYear(), within(size.contactsPerYear() / 25L));
    }

    @Test
    void referralSourcesComeInTheMixsProportions() {
        for (ReferralMix.Share share : ReferralMix.SHARES) {
            assertThat(percent(c -> c.source() == share.source())).as(share.source().code())
                    .isCloseTo(share.percent(), within(1.0));
        }
        assertThat(ReferralMix.SHARES.stream().mapToDouble(ReferralMix.Share::percent).sum()).isEqualTo(100);
        // The national picture: police about 30%, schools 17%, health 15%, the council 10%, individuals 8%.
        assertThat(percent(c -> c.source() == ReferralSource.S6)).isCloseTo(30, within(3.0));
        assertThat(percent(c -> c.source() == ReferralSource.S2A)).isCloseTo(17, within(2.0));
        assertThat(percent(c -> c.source().code().startsWith("3"))).isCloseTo(15, within(2.0));
        assertThat(percent(c -> c.source().code().startsWith("5"))).isCloseTo(10, within(2.0));
        assertThat(percent(c -> c.source().code().startsWith("1"))).isCloseTo(8, within(2.0));
        assertThat(percent(DemoContact::immediateDanger)).isCloseTo(3, within(1.0));
    }

    @Test
    void contactsArriveInThePeriodAtPlausibleTimesAndAreRecordedSoonAfter() {
        Instant start = OPTIONS.firstDay().atStartOfDay(DemoOptions.ZONE).toInstant();
        Instant end = UNTIL.atStartOfDay(DemoOptions.ZONE).toInstant();
        for (DemoContact c : WORLD.contacts()) {
            assertThat(c.receivedAt()).isBetween(start, end);
            assertThat(c.recordedAt()).isAfterOrEqualTo(c.receivedAt()).isBeforeOrEqualTo(end)
                    .isBefore(c.receivedAt().plus(Duration.ofDays(1)));
            assertThat(DemoUsers.mashWorkers()).contains(c.recordedBy());
        }
        assertThat(WORLD.contacts()).filteredOn(c -> c.source() == ReferralSource.S2A)
                .allMatch(c -> SchoolTerms.isSchoolDay(local(c).toLocalDate()));
        // Police notifications come at all hours; other partners mostly in office hours, busiest on Mondays.
        assertThat(percentOf(c -> c.source() == ReferralSource.S6, c -> outOfHours(local(c)))).isGreaterThan(40);
        Predicate<DemoContact> office = c -> ReferralMix.SHARES.stream()
                .anyMatch(s -> s.source() == c.source() && s.times() == ContactTimes.Pattern.OFFICE_HOURS);
        assertThat(percentOf(office, c -> outOfHours(local(c)))).isLessThan(8);
        assertThat(count(c -> office.test(c) && local(c).getDayOfWeek() == DayOfWeek.MONDAY))
                .isGreaterThan(count(c -> office.test(c) && local(c).getDayOfWeek() == DayOfWeek.FRIDAY) * 23 / 20);
    }

    @Test
    void childrenAreUnder18AndBornAtEachOfTheirContacts() {
        for (DemoContact c : WORLD.contacts()) {
            LocalDate day = local(c).toLocalDate();
            assertThat(c.children()).isNotEmpty().allMatch(child -> child.isChildOn(day));
            assertThat(c.family().children()).containsAll(c.children());
        }
    }

    @Test
    void everyChildHasAMotherAndFourInFiveAFather() {
        Map<Long, List<DemoRelationship>> parents = new HashMap<>();
        WORLD.relationships().forEach(r -> parents.computeIfAbsent(r.personId(), id -> new ArrayList<>()).add(r));
        Set<DemoPerson> children = children();
        int fathers = 0;
        int fathersElsewhere = 0;
        for (DemoPerson child : children) {
            List<DemoRelationship> links = parents.get(child.id());
            assertThat(links).filteredOn(r -> r.type().equals("MOTHER")).hasSize(1);
            List<DemoRelationship> father = links.stream().filter(r -> r.type().equals("FATHER")).toList();
            assertThat(father).hasSizeLessThan(2);
            fathers += father.size();
            fathersElsewhere += father.stream().filter(r -> !r.livesWith()).count();
        }
        assertThat(100.0 * fathers / children.size()).isCloseTo(80, within(4.0));
        assertThat(fathersElsewhere).isPositive();
        assertThat(WORLD.relationships()).anyMatch(r -> r.type().equals("STEP_PARENT"))
                .anyMatch(r -> r.type().equals("CARER")).anyMatch(r -> r.type().equals("SIBLING"));
    }

    @Test
    void mothersWere16To45AtEachBirthAndChildrenShareASurnameWithAParent() {
        for (DemoContact c : WORLD.contacts()) {
            DemoFamily family = c.family();
            for (DemoPerson child : family.children()) {
                assertThat(family.mother().ageOn(child.dateOfBirth())).isBetween(16, 45);
                List<String> parents = family.father() == null ? List.of(family.mother().lastName())
                        : List.of(family.mother().lastName(), family.father().lastName());
                assertThat(parents.stream().anyMatch(child.lastName()::contains)).as(child.lastName()).isTrue();
            }
        }
    }

    @Test
    void relationshipsJoinDifferentPeopleWhoExistOnce() {
        int people = WORLD.people().size();
        assertThat(WORLD.people()).extracting(DemoPerson::id).containsExactlyElementsOf(
                LongStream.rangeClosed(1, people).boxed().toList());
        Set<String> seen = new HashSet<>();
        for (DemoRelationship r : WORLD.relationships()) {
            assertThat(r.personId()).isBetween(1L, (long) people).isNotEqualTo(r.relatedPersonId());
            assertThat(r.relatedPersonId()).isBetween(1L, (long) people);
            assertThat(seen.add(r.personId() + " " + r.relatedPersonId() + " " + r.type())).isTrue();
        }
    }

    @Test
    void nhsNumbersAreValidUniqueTestNumbersKnownForMostChildren() {
        Set<DemoPerson> children = children();
        Set<String> numbers = new HashSet<>();
        for (DemoPerson p : WORLD.people()) {
            if (p.nhsNumber() != null) {
                assertThat(NhsNumber.isValid(p.nhsNumber())).as(p.nhsNumber()).isTrue();
                assertThat(p.nhsNumber()).startsWith("999");
                assertThat(numbers.add(p.nhsNumber())).as(p.nhsNumber()).isTrue();
            }
        }
        double childrenKnown = 100.0 * children.stream().filter(p -> p.nhsNumber() != null).count() / children.size();
        List<DemoPerson> adults = WORLD.people().stream().filter(p -> !children.contains(p)
                && p.ageOn(p.createdAt().atZone(DemoOptions.ZONE).toLocalDate()) >= 18).toList();
        double adultsKnown = 100.0 * adults.stream().filter(p -> p.nhsNumber() != null).count() / adults.size();
        assertThat(childrenKnown).isCloseTo(85, within(3.0));
        assertThat(adultsKnown).isCloseTo(60, within(3.0));
    }

    @Test
    void aboutOneContactInFiveIsAboutAChildContactedInThePrevious12Months() {
        Map<Long, Instant> lastContact = new HashMap<>();
        Instant measureFrom = OPTIONS.firstDay().plusYears(1).atStartOfDay(DemoOptions.ZONE).toInstant();
        int measured = 0;
        int again = 0;
        for (DemoContact c : WORLD.contacts()) {
            Instant yearAgo = c.receivedAt().minus(Duration.ofDays(365));
            boolean repeat = c.children().stream().map(child -> lastContact.get(child.id()))
                    .anyMatch(last -> last != null && !last.isBefore(yearAgo));
            c.children().forEach(child -> lastContact.put(child.id(), c.receivedAt()));
            if (!c.receivedAt().isBefore(measureFrom)) {
                measured++;
                again += repeat ? 1 : 0;
            }
        }
        assertThat(100.0 * again / measured).isBetween(20.0, 25.0);
    }

    @Test
    void siblingsOftenShareAContact() {
        assertThat(percent(c -> c.children().size() > 1)).isBetween(20.0, 60.0);
    }

    @Test
    void peopleLookLikeKingsmereResidents() {
        Set<String> codes = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
                "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
        assertThat(WORLD.people()).allMatch(p -> codes.contains(p.ethnicity()), "census ethnicity codes")
                .allMatch(p -> p.home().postcode() == null || p.home().postcode().matches("KM[1-9] [1-9][A-Z]{2}"))
                .allMatch(p -> p.home().address() == null || p.home().address().endsWith(", Kingsmere"))
                .allMatch(p -> Set.of("M", "F", "U").contains(p.sex()));
        Set<DemoPerson> children = children();
        double whiteBritish = 100.0 * children.stream().filter(p -> p.ethnicity().equals("WBRI")).count()
                / children.size();
        assertThat(whiteBritish).isBetween(45.0, 65.0);
        assertThat(children).anyMatch(p -> p.ethnicity().startsWith("M")).anyMatch(p -> p.sex().equals("U"));
    }

    @Test
    void referrersSpeakInTheirOwnWordsAboutTheChild() {
        for (DemoContact c : WORLD.contacts()) {
            DemoContact.Written written = c.write();
            assertThat(written.worries()).doesNotContain("{", "}").contains(c.children().get(0).firstName());
            if (c.source() == ReferralSource.S9) {
                assertThat(written.referrer().name()).isNull();
            } else if (c.source() != ReferralSource.S10 && !c.source().code().startsWith("1")) {
                assertThat(written.referrer().agency()).as(c.source().code()).isNotBlank();
                assertThat(written.referrer().role()).as(c.source().code()).isNotBlank();
            }
        }
        assertThat(WORLD.contacts()).filteredOn(c -> c.source() == ReferralSource.S6)
                .allMatch(c -> c.write().referrer().name().matches("(PC|DC|PS) \\d{4} .+"));
    }

    @Test
    void everySourceCodeOccurs() {
        assertThat(WORLD.contacts()).extracting(DemoContact::source).containsAll(List.of(ReferralSource.values()));
    }

    @Test
    void policeSystemsSendMostNotificationsWithTheirOwnUniqueReferences() {
        assertThat(percentOf(c -> c.source() == ReferralSource.S6, c -> c.route().route().equals("PARTNER_API")))
                .isBetween(70.0, 90.0);
        Set<String> references = new HashSet<>();
        for (DemoContact c : WORLD.contacts()) {
            Routes.Route route = c.route();
            boolean partner = route.route().startsWith("PARTNER_");
            assertThat(route.partnerAgency() != null).as(route.toString()).isEqualTo(partner);
            if (route.route().equals("PARTNER_API")) {
                assertThat(route.partnerAgency()).isEqualTo("POLICE");
                assertThat(route.partnerReference()).matches("(DA|CP)-20\\d\\d-\\d{6}");
                assertThat(references.add(route.partnerAgency() + " " + route.partnerReference())).isTrue();
            } else {
                assertThat(route.partnerReference()).isNull();
            }
            if (c.source().code().startsWith("1") || c.source() == ReferralSource.S9) {
                assertThat(partner).isFalse();
            }
        }
        assertThat(WORLD.contacts()).extracting(c -> c.route().partnerAgency())
                .contains("HEALTH", "EDUCATION", "POLICE");
        assertThat(WORLD.contacts()).extracting(c -> c.route().route())
                .contains("PHONE", "EMAIL", "IN_PERSON", "PARTNER_FORM", "PARTNER_API");
    }

    @Test
    void professionalsSayWhatTheyHaveDoneAlready() {
        assertThat(percentOf(c -> c.source() == ReferralSource.S2A, c -> c.write().actions() != null)).isEqualTo(100);
        assertThat(percentOf(c -> c.source().code().startsWith("1"), c -> c.write().actions() != null))
                .isBetween(15.0, 45.0);
        assertThat(WORLD.contacts()).filteredOn(c -> c.source() == ReferralSource.S9)
                .allMatch(c -> c.write().actions() == null);
    }

    @Test
    void subjectsAreTheChildrenThenTheAdultsNumberedInTurn() {
        long next = 1;
        for (DemoContact c : WORLD.contacts()) {
            List<DemoSubject> subjects = c.subjects();
            assertThat(subjects).hasSize(Subjects.count(c));
            Instant due = ClockRule.CONTACT_DECISION.due(local(c), CALENDAR).toInstant();
            for (int i = 0; i < subjects.size(); i++) {
                DemoSubject s = subjects.get(i);
                assertThat(s.id()).isEqualTo(next++);
                assertThat(s.contactId()).isEqualTo(c.id());
                assertThat(s.role().equals("CHILD")).isEqualTo(i < c.children().size());
                if (i < c.children().size()) {
                    DemoPerson child = c.children().get(i);
                    assertThat(s.personId()).isEqualTo(child.id());
                    assertThat(s.lastName()).isEqualTo(child.lastName());
                    assertThat(s.sex()).isEqualTo(child.sex());
                    assertThat(s.decisionDueAt()).isEqualTo(due);
                } else {
                    assertThat(s.decisionDueAt()).isNull();
                }
                if (s.personId() != null) {
                    assertThat(s.linkedBy()).isEqualTo(c.recordedBy());
                    assertThat(s.linkedAt()).isEqualTo(c.recordedAt());
                } else {
                    assertThat(s.role()).isEqualTo("OTHER");
                }
            }
        }
        assertThat(WORLD.subjects()).isEqualTo(next - 1);
        // A bank holiday moves the clock on: some Fridays' and Thursdays' decisions are due four or five days later.
        assertThat(WORLD.contacts()).anyMatch(c -> Duration.between(c.receivedAt(),
                c.subjects().get(0).decisionDueAt()).toDays() >= 4);
    }

    @Test
    void referrersNameTheMotherUsuallyAndTheFatherInTwoContactsOfThree() {
        assertThat(percent(c -> roles(c).contains("MOTHER"))).isGreaterThan(90);
        assertThat(percent(c -> roles(c).contains("FATHER"))).isBetween(60.0, 70.0);
        assertThat(percent(c -> roles(c).contains("STEP_PARENT"))).isPositive();
        assertThat(percent(c -> roles(c).contains("CARER"))).isPositive();
        assertThat(percent(c -> roles(c).contains("HOUSEHOLD_MEMBER"))).isPositive();
        // Police name both parties to a domestic incident, so the father more often than anonymous callers do.
        Predicate<DemoContact> domestic = c -> c.theme().name().equals("police-domestic") && c.family().father() != null;
        assertThat(percentOf(domestic, c -> roles(c).contains("FATHER")))
                .isGreaterThan(percentOf(c -> c.source() == ReferralSource.S9, c -> roles(c).contains("FATHER")));
    }

    @Test
    void everyContactThatNamesNoFatherSaysWhy() {
        Set<String> reasons = new HashSet<>();
        for (DemoContact c : WORLD.contacts()) {
            String reason = c.write().fatherNotKnown();
            if (roles(c).contains("FATHER")) {
                assertThat(reason).isNull();
            } else {
                assertThat(reason).isNotBlank();
                reasons.add(reason);
            }
        }
        assertThat(reasons).contains("Mother did not name the father", "Father not known to the referrer",
                "Father deceased", "No contact with father since birth");
        // A father recorded as dead is never named again.
        Set<Integer> deceased = new HashSet<>();
        WORLD.contacts().stream().filter(c -> "Father deceased".equals(c.write().fatherNotKnown()))
                .forEach(c -> deceased.add(c.family().number()));
        assertThat(WORLD.contacts()).filteredOn(c -> deceased.contains(c.family().number()))
                .noneMatch(c -> roles(c).contains("FATHER"));
    }

    @Test
    void referrersSometimesWriteAChildsNameTheirOwnWayButTheWorkerLinksThemAll() {
        long children = 0;
        long asWritten = 0;
        for (DemoContact c : WORLD.contacts()) {
            for (int i = 0; i < c.children().size(); i++) {
                children++;
                asWritten += c.subjects().get(i).firstName().equals(c.children().get(i).firstName()) ? 0 : 1;
            }
        }
        assertThat(100.0 * asWritten / children).isBetween(2.0, 4.0);
        assertThat(Subjects.asWritten("Oliver", new DemoRandom(1))).isNotEqualTo("Oliver");
        assertThat(Subjects.asWritten("Mikołaj", new DemoRandom(1))).isIn("Mikolaj");
        assertThat(Subjects.asWritten("Ava", new DemoRandom(1))).isNotEqualTo("Ava").isNotBlank();
    }

    @Test
    void consentIsSoughtMostBySchoolsAndHealthAndLeastInPoliceNotifications() {
        Predicate<DemoContact> police = c -> c.source() == ReferralSource.S6;
        Predicate<DemoContact> schools = c -> c.source() == ReferralSource.S2A;
        Predicate<DemoContact> health = c -> c.source().code().startsWith("3");
        Predicate<DemoContact> notAsked = c -> c.consent().column().equals("NOT_SOUGHT")
                || c.consent() == Consents.Kind.DISPENSED_WITH;
        Predicate<DemoContact> given = c -> c.consent() == Consents.Kind.GIVEN;
        assertThat(percentOf(police, notAsked)).isGreaterThan(65).isGreaterThan(percentOf(schools, notAsked) + 30);
        assertThat(percentOf(schools, given)).isGreaterThan(55);
        assertThat(percentOf(health, given)).isGreaterThan(50);
        assertThat(percentOf(police, given)).isLessThan(25);
        assertThat(WORLD.contacts()).filteredOn(c -> c.source() == ReferralSource.S9)
                .allMatch(c -> c.consent() == Consents.Kind.NOT_SOUGHT)
                .allMatch(c -> c.write().consent().reason().equals("Anonymous referrer"));
        assertThat(WORLD.contacts()).extracting(DemoContact::consent).contains(Consents.Kind.values());
    }

    @Test
    void consentIsRecordedAsTheSchemaRequires() {
        List<String> managers = DemoUsers.mashManagers();
        for (DemoContact c : WORLD.contacts()) {
            Consents.Details consent = c.write().consent();
            switch (c.consent()) {
                case GIVEN -> {
                    assertThat(consent.givenBy()).isNotBlank();
                    assertThat(consent.givenAt()).isBeforeOrEqualTo(c.receivedAt())
                            .isAfter(c.receivedAt().minus(Duration.ofDays(4)));
                }
                case NOT_SOUGHT, NOT_SOUGHT_POORLY -> assertThat(consent.reason()).isNotBlank();
                case DISPENSED_WITH -> {
                    assertThat(consent.reason()).isNotBlank();
                    assertThat(managers).contains(consent.authorisedBy());
                }
                case REFUSED -> assertThat(consent.givenAt()).isNull();
            }
            Consents.Override override = c.consentOverride();
            if (override != null) {
                assertThat(c.consent()).isEqualTo(Consents.Kind.REFUSED);
                assertThat(override.reason()).isNotBlank();
                assertThat(managers).contains(override.manager());
                assertThat(override.at()).isAfter(c.receivedAt());
                if (c.referredAt() != null) {
                    assertThat(override.at()).isBeforeOrEqualTo(c.referredAt());
                }
            }
        }
        long refused = count(c -> c.consent() == Consents.Kind.REFUSED);
        long overridden = count(c -> c.consentOverride() != null);
        assertThat(overridden).isPositive().isLessThan(refused / 2);
    }

    @Test
    void consentNotSoughtForNoGoodReasonGrowsRarer() {
        Instant secondYear = OPTIONS.firstDay().plusYears(1).atStartOfDay(DemoOptions.ZONE).toInstant();
        Instant lastYear = UNTIL.minusYears(1).atStartOfDay(DemoOptions.ZONE).toInstant();
        Predicate<DemoContact> professional = c -> !c.source().code().startsWith("1")
                && c.source() != ReferralSource.S9 && c.source() != ReferralSource.S10;
        Predicate<DemoContact> poorly = c -> c.consent() == Consents.Kind.NOT_SOUGHT_POORLY;
        double first = percentOf(professional.and(c -> c.receivedAt().isBefore(secondYear)), poorly);
        double last = percentOf(professional.and(c -> !c.receivedAt().isBefore(lastYear)), poorly);
        assertThat(last).isLessThan(first * 0.6);
    }

    @Test
    void aboutAFifthOfChildrenNamedBecomeReferralsWithinAWorkingDay() {
        long children = WORLD.contacts().stream().mapToLong(c -> c.children().size()).sum();
        assertThat(100.0 * WORLD.referrals() / children).isBetween(20.0, 26.0);
        Predicate<DemoContact> referred = c -> c.referredAt() != null;
        assertThat(percentOf(DemoContact::immediateDanger, referred)).isGreaterThan(70);
        assertThat(percentOf(c -> c.source() == ReferralSource.S6, referred))
                .isGreaterThan(percentOf(c -> c.source() == ReferralSource.S9, referred) + 8);
        Instant end = UNTIL.atStartOfDay(DemoOptions.ZONE).toInstant();
        for (DemoContact c : WORLD.contacts()) {
            if (c.referredAt() != null) {
                assertThat(c.childrenReferred() & 1).isEqualTo(1);
                assertThat(c.childrenReferred() >> c.children().size()).isZero();
                assertThat(c.referredAt()).isAfterOrEqualTo(c.recordedAt())
                        .isBeforeOrEqualTo(c.subjects().get(0).decisionDueAt()).isBeforeOrEqualTo(end);
            } else {
                assertThat(c.childrenReferred()).isZero();
            }
        }
    }

    @Test
    void aboutAFifthOfReferralsAreReReferralsWithin12Months() {
        Map<Long, Instant> lastReferral = new HashMap<>();
        Instant measureFrom = OPTIONS.firstDay().plusYears(1).atStartOfDay(DemoOptions.ZONE).toInstant();
        int measured = 0;
        int again = 0;
        for (DemoContact c : WORLD.contacts()) {
            for (int i = 0; i < c.children().size(); i++) {
                if ((c.childrenReferred() & 1 << i) == 0) {
                    continue;
                }
                Instant last = lastReferral.put(c.children().get(i).id(), c.referredAt());
                if (!c.referredAt().isBefore(measureFrom)) {
                    measured++;
                    again += last != null && last.isAfter(c.referredAt().minus(Duration.ofDays(365))) ? 1 : 0;
                }
            }
        }
        assertThat(100.0 * again / measured).isBetween(14.0, 28.0);
    }

    private static String digest(DemoWorld world) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (DemoCsv.Table table : DemoCsv.tables(world)) {
            sha.update(table.name().getBytes(StandardCharsets.UTF_8));
            table.lines().forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Set<DemoPerson> children() {
        Set<DemoPerson> children = new HashSet<>();
        WORLD.contacts().forEach(c -> children.addAll(c.children()));
        return children;
    }

    private static Set<String> roles(DemoContact c) {
        Set<String> roles = new HashSet<>();
        c.subjects().forEach(s -> roles.add(s.role()));
        return roles;
    }

    private static ZonedDateTime local(DemoContact c) {
        return c.receivedAt().atZone(DemoOptions.ZONE);
    }

    private static boolean outOfHours(ZonedDateTime at) {
        return at.getDayOfWeek().getValue() >= 6 || at.getHour() < 8 || at.getHour() >= 18;
    }

    private static long count(Predicate<DemoContact> test) {
        return WORLD.contacts().stream().filter(test).count();
    }

    private static double percent(Predicate<DemoContact> test) {
        return 100.0 * count(test) / WORLD.contacts().size();
    }

    private static double percentOf(Predicate<DemoContact> among, Predicate<DemoContact> test) {
        return 100.0 * count(among.and(test)) / count(among);
    }
}
