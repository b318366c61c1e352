package org.frontdoor.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontdoor.intake.ReferralSource;

/**
 * Generates the demo borough. First every contact's source and time of receipt, then, in time order, whom each is
 * about: a family the Front Door already knows or a new one. Everything comes from one seeded random source, in one
 * order, so the same options always give the same world.
 */
final class DemoGenerator {

    /** Chance that a contact is about a family contacted in the previous 12 months: DfE's re-referral rate is ~22%. */
    private static final double RECENTLY_KNOWN = 0.235;
    /** Chance that it is about a family known from longer ago, and not since. */
    private static final double KNOWN_BEFORE = 0.35;
    /** How often a first pick of a recent family that was not referred is passed over for another. */
    private static final double SKIP_UNREFERRED = 0.85;
    private static final Duration TWELVE_MONTHS = Duration.ofDays(365);
    /** Contact arrivals are sorted as longs: the time in seconds, with the source's place in the mix below it. */
    private static final int SOURCE_BITS = 5;

    private final DemoOptions options;
    private final DemoRandom random;
    private final ContactTimes times;
    private final Families families;
    private final Routes routes = new Routes();
    private final Referrals referrals;
    private final Instant start;
    private final Instant end;
    /** Subject ids given out so far. */
    private long subjects;
    private final List<String> workers = DemoUsers.mashWorkers();
    private final List<DemoContact> contacts = new ArrayList<>();
    /** The first contact received within 12 months of the one being made. */
    private int lastYearStarts;
    /** Each family's latest contact, in epoch seconds, by family number. */
    private long[] lastSeen = new long[1024];

    DemoGenerator(DemoOptions options) {
        this.options = options;
        random = new DemoRandom(options.seed());
        times = new ContactTimes(options);
        families = new Families(random);
        referrals = new Referrals(options);
        start = options.firstDay().atStartOfDay(DemoOptions.ZONE).toInstant();
        end = options.until().atStartOfDay(DemoOptions.ZONE).toInstant();
    }

    DemoWorld generate() {
        for (long arrival : arrivals()) {
            ReferralMix.Share share = ReferralMix.SHARES.get((int) (arrival & ((1 << SOURCE_BITS) - 1)));
            contacts.add(contact(Instant.ofEpochSecond(arrival >> SOURCE_BITS), share));
        }
        return new DemoWorld(options, families.people(), families.relationships(), List.copyOf(contacts));
    }

    private long[] arrivals() {
        long[] arrivals = new long[options.contacts()];
        for (int i = 0; i < arrivals.length; i++) {
            ReferralMix.Share share = ReferralMix.MIX.pick(random);
            arrivals[i] = times.received(share.times(), random).getEpochSecond() << SOURCE_BITS
                    | ReferralMix.SHARES.indexOf(share);
        }
        Arrays.sort(arrivals);
        return arrivals;
    }

    private DemoContact contact(Instant received, ReferralMix.Share share) {
        ReferralSource source = share.source();
        Worries.Theme theme = Worries.themeFor(source, random);
        boolean immediateDanger = random.chance(share.immediateDanger());
        Instant recorded = times.recorded(received, immediateDanger, random);
        String worker = random.one(workers);
        LocalDate day = received.atZone(DemoOptions.ZONE).toLocalDate();
        Families.Concerned concerned = known(received, day, theme);
        if (concerned == null) {
            concerned = families.create(theme, day, recorded, worker);
        }
        int family = concerned.family().number();
        if (family >= lastSeen.length) {
            lastSeen = Arrays.copyOf(lastSeen, family * 2);
        }
        lastSeen[family] = received.getEpochSecond();

        double progress = (double) (received.getEpochSecond() - start.getEpochSecond())
                / (end.getEpochSecond() - start.getEpochSecond());
        Routes.Route route = routes.pick(source, theme, immediateDanger, received, progress, random);
        int adults = Subjects.named(source, theme, concerned.family(), random);
        Referrals.Decision referral = referrals.decide(source, theme, immediateDanger, concerned.children(), received,
                recorded, random);
        Instant referredAt = referral == null ? null : referral.at();
        Consents.Kind consent = Consents.pick(source, theme, progress, random);
        Instant overridden = consent == Consents.Kind.REFUSED
                ? Consents.overriddenAt(recorded, referredAt, immediateDanger, end, random) : null;
        long firstSubject = subjects + 1;
        subjects += concerned.children().size() + Integer.bitCount(adults);
        return new DemoContact(contacts.size() + 1, received, recorded, worker, source, theme, concerned.family(),
                concerned.children(), immediateDanger, route, consent, overridden, adults, firstSubject,
                referral == null ? 0 : referral.children(), referredAt, random.nextLong());
    }

    /**
     * Sometimes a family the Front Door already knows, picked through one of its earlier contacts (so families with
     * many contacts come back most often); null for a new family.
     */
    private Families.Concerned known(Instant received, LocalDate day, Worries.Theme theme) {
        long yearAgo = received.minus(TWELVE_MONTHS).getEpochSecond();
        while (lastYearStarts < contacts.size()
                && contacts.get(lastYearStarts).receivedAt().getEpochSecond() < yearAgo) {
            lastYearStarts++;
        }
        double roll = random.nextDouble();
        boolean recent = roll < RECENTLY_KNOWN;
        if (!recent && roll >= RECENTLY_KNOWN + KNOWN_BEFORE) {
            return null;
        }
        int from = recent ? lastYearStarts : 0;
        int to = recent ? contacts.size() : lastYearStarts;
        for (int tries = 0; tries < 3 && from < to; tries++) {
            DemoContact earlier = contacts.get(from + random.below(to - from));
            // Families whose children were referred come back more often than the rest.
            if (recent && tries < 2 && earlier.referredAt() == null && random.chance(SKIP_UNREFERRED)) {
                continue;
            }
            // Known from before means not seen since: a family seen this year is a re-contact, already counted.
            if (recent || lastSeen[earlier.family().number()] < yearAgo) {
                Families.Concerned again = families.again(earlier, theme, day);
                if (again != null) {
                    return again;
                }
            }
        }
        return null;
    }
}
