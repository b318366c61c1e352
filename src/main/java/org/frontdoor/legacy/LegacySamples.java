package org.frontdoor.legacy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontdoor.people.NhsNumber;

/**
 * Writes the sample exports of the two example legacy systems (committed under {@code legacy/samples}), always the
 * same for the same seed. The social care system writes UTF-8 with a byte order mark, commas and Windows line
 * endings, dates as 31/01/2024; the early help system writes windows-1252 with semicolons, dates as 2024-01-31 or
 * 31 Jan 2024. A quarter of the early help families are also known to social care: the same children, some under a
 * nickname or with the day and month of birth swapped, half with the same NHS number, to be proposed as duplicates.
 *
 * <p>Each system's files also hold a few rows that must be rejected (a date that does not exist, an unknown code, a
 * missing id) and the rows that depend on them, so that a dry run has something to report.
 *
 * <pre>java -cp target/classes org.frontdoor.legacy.LegacySamples src/main/resources/legacy/samples</pre>
 */
public final class LegacySamples {

    static final LocalDate UNTIL = LocalDate.of(2025, 1, 31);

    private static final String[] BOYS = {"Oliver", "Thomas", "James", "William", "Alexander", "Samuel", "Joseph",
            "Daniel", "Benjamin", "Mohammed", "Noah", "Leo", "Kacper", "Tobi", "Rhys", "Jayden"};
    private static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Charlotte", "Zoë", "Chloé", "Isabella",
            "Elizabeth", "Rebecca", "Jessica", "Abigail", "Matilda", "Renée", "Ffion", "Aisha", "Maja"};
    private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("Alexander", "Alex"),
            Map.entry("Thomas", "Tom"), Map.entry("William", "Will"), Map.entry("Samuel", "Sam"),
            Map.entry("Joseph", "Joe"), Map.entry("Daniel", "Danny"), Map.entry("Benjamin", "Ben"),
            Map.entry("Elizabeth", "Libby"), Map.entry("Isabella", "Izzy"), Map.entry("Olivia", "Liv"),
            Map.entry("Charlotte", "Lottie"), Map.entry("Rebecca", "Becky"), Map.entry("Jessica", "Jess"),
            Map.entry("Abigail", "Abbie"), Map.entry("Matilda", "Tilly"));
    private static final String[] WOMEN = {"Sarah", "Kelly", "Gemma", "Laura", "Amina", "Joanna", "Chantelle",
            "Nicola", "Agnieszka", "Funmi", "Stacey", "Rachel"};
    private static final String[] MEN = {"Lee", "Craig", "Darren", "Imran", "Marek", "Jason", "Paul", "Kwame",
            "Ryan", "Stuart"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "O'Brien", "Khan", "Ahmed",
            "Nowak", "Okafor", "Patel", "Wilson", "Evans", "Roberts", "Walker", "Wright", "Hughes", "Green", "Clarke",
            "Jackson", "Harris", "Lewis", "Cooper", "Mensah", "Kowalski", "Smith-Jones", "Brontë", "Nguyen", "Begum"};
    private static final String[] WORRIES = {"Child arrived at school hungry and unkempt for the third day running",
            "Police attended a domestic incident at the home, children present",
            "Mother disclosed to the health visitor that she is struggling, and has no support",
            "School reports \"unexplained bruising\" on the child's arm, second time this term",
            "Neighbour heard shouting and a child crying late at night, several times",
            "Young person missing overnight; returned, will not say where she was",
            "Father released from prison, intends to return to the family home",
            "Attendance below 60%, parent not responding to the school",
            "Housing report the family are living in one room with damp and mould,\nand rent arrears",
            "GP concerned about mother's drinking; children aged under five"};
    private static final String[] SC_SOURCES = {"FAM", "NEIGH", "SCH", "SCH", "EDU", "GP", "HV", "AE", "HOUS", "POL",
            "POL", "POL", "ANON", "EH", "LAEXT"};
    private static final String[] EH_SOURCES = {"School", "School", "Nursery or college", "Health visitor", "GP",
            "Parent or relative", "Housing", "Police", "Children's centre", "Voluntary sector", "Midwife"};

    private record Person(String id, String first, String last, LocalDate dob, String sex, String nhs,
                          String postcode) {
    }

    private record Family(List<Person> adults, List<Person> children) {
    }

    private final Random random;
    /** Casework has its own sequence, so that adding it left the people, contacts and referrals as they were. */
    private final Random casework;
    private long nhsStem = 401_000_000L;

    private LegacySamples(long seed) {
        this.random = new Random(seed);
        this.casework = new Random(seed * 31 + 7);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/legacy/samples");
        new LegacySamples(args.length > 1 ? Long.parseLong(args[1]) : 17).write(dir, 60, 48, 12);
    }

    /**
     * Larger exports in both layouts for timing the import (a family is about 15 rows in social care, 11 in early
     * help, all its casework included), under {@code dir}/social-care and {@code dir}/early-help.
     */
    public static void writeLarge(Path dir, long seed, int socialCareFamilies, int earlyHelpFamilies)
            throws IOException {
        new LegacySamples(seed).write(dir, socialCareFamilies, earlyHelpFamilies,
                Math.min(earlyHelpFamilies, socialCareFamilies / 3) / 4);
    }

    /** {@code shared} of the early help families are social care families too. */
    void write(Path dir, int socialCare, int earlyHelp, int shared) throws IOException {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < socialCare; i++) {
            families.add(family(i));
        }
        writeSocialCare(dir.resolve("social-care"), families);
        List<Family> eh = new ArrayList<>();
        for (int i = 0; i < earlyHelp; i++) {
            eh.add(i < shared ? asKnownToEarlyHelp(families.get(i * 3), i) : family(1000 + i));
        }
        writeEarlyHelp(dir.resolve("early-help"), eh);
    }

    private Family family(int n) {
        String surname = pick(SURNAMES);
        String postcode = "KM" + (1 + random.nextInt(9)) + " " + random.nextInt(10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        List<Person> adults = new ArrayList<>();
        adults.add(new Person(null, pick(WOMEN), surname, LocalDate.of(1978 + random.nextInt(20), 1 + random.nextInt(12),
                1 + random.nextInt(28)), "F", null, postcode));
        if (random.nextInt(3) > 0) {
            adults.add(new Person(null, pick(MEN), random.nextInt(4) == 0 ? pick(SURNAMES) : surname,
                    LocalDate.of(1975 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)), "M", null,
                    postcode));
        }
        List<Person> children = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int c = 0; c < count; c++) {
            boolean boy = random.nextBoolean();
            children.add(new Person(null, boy ? pick(BOYS) : pick(GIRLS), surname,
                    LocalDate.of(2008 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    boy ? "M" : "F", nhs(), postcode));
        }
        return new Family(adults, children);
    }

    /** The same family as early help wrote it down: nicknames, a slipped date, an NHS number not always known. */
    private Family asKnownToEarlyHelp(Family f, int n) {
        List<Person> children = new ArrayList<>();
        for (Person c : f.children()) {
            String first = n % 3 == 0 ? NICKNAMES.getOrDefault(c.first(), c.first()) : c.first();
            LocalDate dob = n % 4 == 1 && c.dob().getDayOfMonth() <= 12
                    ? LocalDate.of(c.dob().getYear(), c.dob().getDayOfMonth(), c.dob().getMonthValue()) : c.dob();
            children.add(new Person(null, first, c.last(), dob, c.sex(), n % 2 == 0 ? c.nhs() : null, c.postcode()));
        }
        return new Family(f.adults(), children);
    }

    private void writeSocialCare(Path dir, List<Family> families) throws IOException {
        DateTimeFormatter date = LegacyMapping.formatter("dd/MM/yyyy");
        DateTimeFormatter at = LegacyMapping.formatter("dd/MM/yyyy HH:mm");
        Csv people = new Csv("CLIENT_ID,FORENAME,SURNAME,DOB,GENDER,NHS_NO,POSTCODE", ',');
        Csv links = new Csv("REL_ID,CLIENT_ID,RELATED_CLIENT_ID,REL_TYPE,SAME_HOUSEHOLD", ',');
        Csv contacts = new Csv("CONTACT_ID,CLIENT_ID,CONTACT_DATE,SOURCE,REASON", ',');
        Csv referrals = new Csv("REFERRAL_ID,CLIENT_ID,REFERRAL_DATE,SOURCE,CONTACT_ID", ',');
        int person = 100_000;
        int link = 500;
        int contact = 7000;
        int referral = 900;
        List<Referred> referred = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) {
            Family family = families.get(f);
            List<String> adultIds = new ArrayList<>();
            for (Person a : family.adults()) {
                String id = "C" + ++person;
                adultIds.add(id);
                people.row(id, a.first(), a.last(), date.format(a.dob()), a.sex(), "", a.postcode());
            }
            List<String> childIds = new ArrayList<>();
            for (Person c : family.children()) {
                String id = "C" + ++person;
                childIds.add(id);
                // Family 5's first child was born on a day that does not exist: the child and all about him go.
                String dob = f == 5 && childIds.size() == 1 ? "31/02/" + c.dob().getYear() : date.format(c.dob());
                people.row(id, c.first(), c.last(), dob, c.sex(), c.nhs(), c.postcode());
                links.row("R" + ++link, id, adultIds.get(0), "MUM", "Y");
                if (adultIds.size() > 1) {
                    links.row("R" + ++link, id, adultIds.get(1), f == 7 ? "GRAN" : "DAD", random.nextInt(3) == 0 ? "N" : "Y");
                }
                if (childIds.size() > 1) {
                    links.row("R" + ++link, childIds.get(0), id, "SIB", "Y");
                }
                for (int k = 0; k < 1 + random.nextInt(2); k++) {
                    LocalDateTime received = when(c.dob());
                    String cid = "CT" + ++contact;
                    String source = f == 9 && k == 0 ? "XYZ" : pick(SC_SOURCES);
                    contacts.row(cid, id, at.format(received), source, pick(WORRIES));
                    if (random.nextInt(5) < 2) {
                        referrals.row("RF" + ++referral, f == 11 && k == 0 ? "" : id, at.format(received.plusHours(20)),
                                source, cid);
                        referred.add(new Referred("RF" + referral, id, received.plusHours(20).toLocalDate()));
                    }
                }
            }
        }
        Files.createDirectories(dir);
        Map<String, Csv> files = new java.util.HashMap<>(Map.of("clients.csv", people, "relationships.csv", links,
                "contacts.csv", contacts, "referrals.csv", referrals));
        files.putAll(socialCareCasework(referred));
        // As Excel saves "CSV UTF-8": a byte order mark and Windows line endings.
        for (Map.Entry<String, Csv> file : files.entrySet()) {
            file.getValue().write(dir.resolve(file.getKey()), StandardCharsets.UTF_8, "\uFEFF", "\r\n");
        }
    }

    private void writeEarlyHelp(Path dir, List<Family> families) throws IOException {
        DateTimeFormatter iso = LegacyMapping.formatter("yyyy-MM-dd");
        DateTimeFormatter written = LegacyMapping.formatter("d MMM yyyy");
        DateTimeFormatter isoAt = LegacyMapping.formatter("yyyy-MM-dd HH:mm");
        DateTimeFormatter writtenAt = LegacyMapping.formatter("d MMM yyyy HH:mm");
        Csv people = new Csv("MemberRef;GivenName;FamilyName;BirthDate;Sex;NHSNumber;PostCode", ';');
        Csv links = new Csv("LinkRef;MemberRef;LinkedMemberRef;LinkType;LivesTogether", ';');
        Csv requests = new Csv("RequestRef;MemberRef;DateReceived;RequestedBy;Reason", ';');
        Csv stepUps = new Csv("StepUpRef;MemberRef;StepUpDate;RequestedBy;RequestRef", ';');
        int member = 0;
        int link = 0;
        int request = 0;
        int stepUp = 0;
        List<Requested> requested = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) {
            Family family = families.get(f);
            List<String> adultIds = new ArrayList<>();
            for (Person a : family.adults()) {
                String id = "FM-%05d".formatted(++member);
                adultIds.add(id);
                people.row(id, a.first(), a.last(), (member % 3 == 0 ? written : iso).format(a.dob()),
                        a.sex().equals("M") ? "1" : "2", "", a.postcode());
            }
            List<String> childIds = new ArrayList<>();
            for (Person c : family.children()) {
                String id = "FM-%05d".formatted(++member);
                childIds.add(id);
                String dob = f == 20 && childIds.size() == 1 ? c.dob().getYear() + "/13/01"
                        : (member % 3 == 0 ? written : iso).format(c.dob());
                people.row(id, c.first(), c.last(), dob, c.sex().equals("M") ? "1" : "2",
                        c.nhs() == null ? "" : c.nhs().substring(0, 3) + " " + c.nhs().substring(3, 6) + " "
                                + c.nhs().substring(6), c.postcode());
                links.row(f == 22 && childIds.size() == 1 ? "" : "FL-" + ++link, id, adultIds.get(0), "01", "Yes");
                if (adultIds.size() > 1) {
                    links.row("FL-" + ++link, id, adultIds.get(1), "02", random.nextInt(3) == 0 ? "No" : "Yes");
                }
                if (childIds.size() > 1) {
                    links.row("FL-" + ++link, childIds.get(0), id, "04", "Yes");
                }
                LocalDateTime received = when(c.dob());
                String rid = "RFS-" + ++request;
                String source = f == 25 ? "Milkman" : pick(EH_SOURCES);
                requests.row(rid, id, (request % 2 == 0 ? writtenAt : isoAt).format(received), source, pick(WORRIES));
                boolean steppedUp = random.nextInt(7) == 0;
                if (steppedUp) {
                    stepUps.row("SU-" + ++stepUp, id, isoAt.format(received.plusDays(30 + random.nextInt(60))),
                            "Children's centre", rid);
                }
                requested.add(new Requested(rid, id, received.toLocalDate(), steppedUp));
            }
        }
        Files.createDirectories(dir);
        Charset cp1252 = Charset.forName("windows-1252");
        people.write(dir.resolve("family_members.csv"), cp1252, "", "\n");
        links.write(dir.resolve("family_links.csv"), cp1252, "", "\n");
        requests.write(dir.resolve("requests_for_support.csv"), cp1252, "", "\n");
        stepUps.write(dir.resolve("step_ups.csv"), cp1252, "", "\n");
        earlyHelpEpisodes(requested).write(dir.resolve("episodes.csv"), cp1252, "", "\n");
    }

    /** A social care referral, and an early help request for support, for the casework that followed. */
    private record Referred(String id, String child, LocalDate on) {
    }

    private record Requested(String id, String child, LocalDate on, boolean steppedUp) {
    }

    private static final String[] WORKERS = {"A. Mensah", "J. Carter", "P. Singh", "R. Doherty", "S. Ogunleye"};
    private static final String[] MANAGERS = {"K. Osei", "L. Hartley"};
    private static final String[] FACTORS = {"1B", "2B", "3A", "3B", "4B", "5A", "6A", "8B", "9A", "10A", "21"};
    private static final String[] NEEDS = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"};

    /**
     * Single assessments of most referrals, section 47 enquiries of some, the plans that followed; with a few rows
     * that break the rules: completed before it started, a factor code that does not exist, authorised by its own
     * worker, a child protection plan without a conference date and one without its enquiry.
     */
    private Map<String, Csv> socialCareCasework(List<Referred> referred) {
        DateTimeFormatter date = LegacyMapping.formatter("dd/MM/yyyy");
        Csv assessments = new Csv("ASSESSMENT_ID,REFERRAL_ID,START_DATE,COMPLETED_DATE,WORKER,OUTCOME,PRIMARY_NEED,"
                + "FACTORS,SUMMARY,AUTHORISED_BY,AUTHORISED_DATE", ',');
        Csv enquiries = new Csv("S47_ID,CLIENT_ID,REFERRAL_ID,STRATEGY_DATE,START_DATE,JOINT_POLICE,OUTCOME,"
                + "SUBSTANTIATED,END_DATE,WORKER", ',');
        Csv plans = new Csv("PLAN_ID,CLIENT_ID,PLAN_TYPE,START_DATE,CATEGORY,ASSESSMENT_ID,S47_ID,CONFERENCE_DATE,"
                + "END_DATE,END_REASON,WORKER", ',');
        int n = 0;
        int plan = 0;
        int cp = 0;
        int assessed = 0;
        boolean ownAuthorised = false;
        for (Referred r : referred) {
            n++;
            String worker = WORKERS[casework.nextInt(WORKERS.length)];
            if (casework.nextInt(5) == 0) {
                LocalDate strategy = r.on().plusDays(1);
                LocalDate ended = strategy.plusDays(8 + casework.nextInt(20));
                boolean icpc = casework.nextBoolean();
                String sid = "S" + (3000 + n);
                enquiries.row(sid, r.child(), r.id(), date.format(strategy), date.format(strategy),
                        casework.nextBoolean() ? "Y" : "N", icpc ? "ICPC" : casework.nextBoolean() ? "CIN" : "NFA",
                        icpc ? "Y" : casework.nextBoolean() ? "Y" : "N", date.format(ended), worker);
                if (icpc) {
                    LocalDate conference = ended.plusDays(casework.nextInt(6));
                    boolean over = casework.nextInt(3) == 0;
                    cp++;
                    plans.row("P" + ++plan, r.child(), "CPP", date.format(conference),
                            new String[] {"NEG", "PHYS", "EMOT", "SEX", "MULTI"}[casework.nextInt(5)], "",
                            cp == 3 ? "" : sid, cp == 2 ? "" : date.format(conference),
                            over ? date.format(conference.plusMonths(6 + casework.nextInt(6))) : "",
                            over ? "Child no longer at risk of significant harm" : "", worker);
                }
                continue;
            }
            if (casework.nextInt(10) < 3) {
                continue; // not yet assessed, or closed without one
            }
            LocalDate start = r.on().plusDays(casework.nextInt(3));
            LocalDate done = start.plusDays(15 + casework.nextInt(60));
            boolean complete = done.isBefore(UNTIL);
            String outcome = new String[] {"NFA", "NFA", "EH", "CIN", "CIN", "SD"}[casework.nextInt(6)];
            List<String> factors = new ArrayList<>();
            for (int f = 0; f < 1 + casework.nextInt(3); f++) {
                factors.add(FACTORS[casework.nextInt(FACTORS.length)]);
            }
            if (++assessed == 4) {
                factors.add("99Z");
            }
            String manager = MANAGERS[casework.nextInt(MANAGERS.length)];
            boolean authorised = complete && casework.nextInt(5) > 0;
            boolean own = authorised && assessed >= 6 && !ownAuthorised;
            ownAuthorised |= own;
            String aid = "A" + (5000 + n);
            assessments.row(aid, r.id(), date.format(start),
                    complete ? date.format(n == 3 ? start.minusDays(4) : done) : "", worker,
                    complete ? outcome : "", complete ? NEEDS[casework.nextInt(NEEDS.length)] : "",
                    String.join(" ", new java.util.LinkedHashSet<>(factors)),
                    complete ? "Needs of the child weighed against the parents' capacity to meet them" : "",
                    authorised ? (own ? worker : manager) : "", authorised ? date.format(done.plusDays(2)) : "");
            if (complete && outcome.equals("CIN")) {
                boolean over = casework.nextBoolean();
                plans.row("P" + ++plan, r.child(), "CIN", date.format(done), "", aid, "", "",
                        over ? date.format(done.plusMonths(3 + casework.nextInt(6))) : "",
                        over ? "Needs met" : "", worker);
            }
        }
        return Map.of("assessments.csv", assessments, "s47_enquiries.csv", enquiries, "plans.csv", plans);
    }

    /**
     * Early help episodes for most requests for support, closed with a reason or still open; those stepped up to
     * social care name the request. Two break the rules: ended with no reason, stepped up through no request.
     */
    private Csv earlyHelpEpisodes(List<Requested> requested) {
        DateTimeFormatter iso = LegacyMapping.formatter("yyyy-MM-dd");
        Csv episodes = new Csv("EpisodeRef;MemberRef;StartDate;LeadPractitioner;AssessmentDate;AssessmentSummary;"
                + "ClosureReason;EndDate;StepUpRequestRef", ';');
        boolean missingRequest = false;
        String[] reasons = {"Needs met", "Needs met", "Needs met", "Family declined", "Moved away", "Other"};
        int n = 0;
        for (Requested r : requested) {
            if (casework.nextInt(10) < 3) {
                continue;
            }
            n++;
            LocalDate start = r.on().plusDays(5 + casework.nextInt(15));
            LocalDate assessed = start.plusDays(5 + casework.nextInt(10));
            LocalDate end = assessed.plusDays(40 + casework.nextInt(120));
            boolean ended = r.steppedUp() || end.isBefore(UNTIL) && casework.nextInt(5) > 0;
            String reason = !ended ? "" : r.steppedUp() ? "Stepped up to social care"
                    : reasons[casework.nextInt(reasons.length)];
            boolean noRequest = r.steppedUp() && n >= 3 && !missingRequest;
            missingRequest |= noRequest;
            episodes.row("EH-" + (700 + n), r.child(), iso.format(start), "D. Shaw", iso.format(assessed),
                    "Family support plan agreed with the school and health visitor", n == 5 ? "" : reason,
                    ended ? iso.format(end) : "", r.steppedUp() && !noRequest ? r.id() : "");
        }
        return episodes;
    }

    /** A working-hours time between the child's birth (or 2019) and the end of January 2025. */
    private LocalDateTime when(LocalDate dob) {
        LocalDate from = dob.isAfter(LocalDate.of(2019, 1, 1)) ? dob : LocalDate.of(2019, 1, 1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, UNTIL.minusMonths(4));
        return from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * days))
                .atTime(8 + random.nextInt(10), random.nextInt(4) * 15);
    }

    private String nhs() {
        while (true) {
            long stem = nhsStem + random.nextInt(997) + 1;
            nhsStem = stem;
            int check = NhsNumber.checkDigit(stem);
            if (check != 10) {
                return String.valueOf(stem) + check;
            }
        }
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** A CSV file being written: fields quoted only when they must be. */
    private static final class Csv {
        private final char delimiter;
        private final List<String> lines = new ArrayList<>();

        Csv(String header, char delimiter) {
            this.delimiter = delimiter;
            lines.add(header);
        }

        void row(String... fields) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < fields.length; i++) {
                String f = fields[i] == null ? "" : fields[i];
                if (i > 0) {
                    line.append(delimiter);
                }
                if (f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                    line.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(f);
                }
            }
            lines.add(line.toString());
        }

        void write(Path file, Charset charset, String bom, String newline) throws IOException {
            try (Writer out = Files.newBufferedWriter(file, charset)) {
                out.write(bom);
                for (String line : lines) {
                    out.write(line.replace("\n", newline));
                    out.write(newline);
                }
            }
        }
    }
}
