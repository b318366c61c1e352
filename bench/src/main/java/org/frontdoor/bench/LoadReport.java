package org.frontdoor.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mash-load result: the timings table, then what the database says about alerts, emails and reports. */
final class LoadReport {

    /** The order a worker meets the pages in; anything else follows. */
    private static final List<String> ORDER = List.of("home page", "contact form", "person search at intake",
            "add person", "record contact", "contact page", "person index search", "MASH queue", "decision form",
            "record decision", "oversight queue", "decision for oversight", "sign off decision",
            "Vital Signs scorecard");

    private LoadReport() {
    }

    static String of(int instances, int users, int managers, int seconds, long thinkMs, LoadStats stats,
                     List<MashUser> loadUsers) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.UK, "mash-load: %d simulated MASH users (%d social workers, %d managers) over "
                        + "HTTP on loopback, %d app instance%s on one database; %d s measured after a warm-up; "
                        + "a mean pause of %d ms before each request%n%n", users, users - managers, managers,
                instances, instances == 1 ? "" : "s", seconds, thinkMs));
        out.append("| Action | Requests | Per second | p50 | p95 | p99 | Max | Errors (whole run) |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, Timings> byAction = stats.byAction();
        Map<String, Long> errors = stats.errorsByAction();
        List<String> actions = new ArrayList<>(ORDER);
        byAction.keySet().stream().filter(a -> !actions.contains(a) && !a.equals(LoadStats.BASELINE))
                .sorted().forEach(actions::add);
        errors.keySet().stream().filter(a -> !actions.contains(a) && !a.equals(LoadStats.BASELINE))
                .sorted().forEach(actions::add);
        for (String action : actions) {
            Timings t = byAction.get(action);
            if (t != null || errors.containsKey(action)) {
                out.append(row(action, t, seconds, errors.getOrDefault(action, 0L)));
            }
        }
        Timings all = stats.all();
        out.append(row("**all user requests**", all, seconds, stats.errors() - errors.getOrDefault(
                LoadStats.BASELINE, 0L)));
        Timings base = byAction.get(LoadStats.BASELINE);
        out.append(row(LoadStats.BASELINE, base, seconds, errors.getOrDefault(LoadStats.BASELINE, 0L)));
        if (base != null && all.count() > 0) {
            out.append(String.format(Locale.UK, "%nRatio to the baseline (same users, same instances, interleaved): "
                            + "**%s at the median**, %s at p95, %s at p99%n",
                    Timings.ratio(all.medianMs(), base.medianMs()), Timings.ratio(all.p95Ms(), base.p95Ms()),
                    Timings.ratio(all.percentileMs(99), base.percentileMs(99))));
        }
        int contacts = loadUsers.stream().mapToInt(u -> u.contactsRecorded).sum();
        int decisions = loadUsers.stream().mapToInt(u -> u.decisionsRecorded).sum();
        int signedOff = loadUsers.stream().mapToInt(u -> u.signedOff).sum();
        out.append(String.format(Locale.UK, "Work done, warm-up included: %d contacts recorded through the form, %d "
                + "decisions recorded, %d signed off.%n", contacts, decisions, signedOff));
        boolean met = all.count() > 0 && all.percentileMs(99) < 200 && stats.errors() == 0;
        out.append(String.format(Locale.UK, "Target (p99 under 200 ms, no errors): %s (p99 %s, %d errors).%n",
                met ? "met" : "NOT met", Timings.ms(all.percentileMs(99)), stats.errors()));
        if (stats.errors() > 0) {
            out.append("First errors:\n");
            stats.firstErrors().forEach(e -> out.append("- ").append(e).append('\n'));
        }
        return out.toString();
    }

    /**
     * Where the servers' time went, from their own request timers (whole run, all instances): the pages that cost
     * most in total, which is what to make cheaper first. Client-side times above also include queueing.
     */
    static String serverTime(List<ConfigurableApplicationContext> apps) {
        Map<String, double[]> byUri = new java.util.HashMap<>();
        for (ConfigurableApplicationContext app : apps) {
            for (Timer t : app.getBean(MeterRegistry.class).find("http.server.requests").timers()) {
                String key = t.getId().getTag("method") + " " + t.getId().getTag("uri");
                double[] sum = byUri.computeIfAbsent(key, k -> new double[2]);
                sum[0] += t.count();
                sum[1] += t.totalTime(TimeUnit.MILLISECONDS);
            }
        }
        double total = byUri.values().stream().mapToDouble(v -> v[1]).sum();
        StringBuilder out = new StringBuilder("\nWhere the servers' time went (their own timers, whole run):\n\n"
                + "| Request | Count | Mean | Share of server time |\n|---|---|---|---|\n");
        byUri.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1])).limit(10)
                .forEach(e -> out.append(String.format(Locale.UK, "| %s | %.0f | %s | %.0f %% |%n", e.getKey(),
                        e.getValue()[0], Timings.ms(e.getValue()[1] / e.getValue()[0]), 100 * e.getValue()[1] / total)));
        return out.toString();
    }

    private static String row(String action, Timings t, int seconds, long errors) {
        if (t == null || t.count() == 0) {
            return String.format(Locale.UK, "| %s | 0 | | | | | | %d |%n", action, errors);
        }
        return String.format(Locale.UK, "| %s | %d | %.1f | %s | %s | %s | %s | %d |%n", action, t.count(),
                t.count() / (double) seconds, Timings.ms(t.medianMs()), Timings.ms(t.p95Ms()),
                Timings.ms(t.percentileMs(99)), Timings.ms(t.percentileMs(100)), errors);
    }

    /**
     * What must happen once however many instances run: every clock alert raised by exactly one instance's job,
     * one referrer email per signed-off decision, one month-end report per month, and no session lost.
     */
    static String checks(JdbcClient jdbc, MashLoadBench.Before before, List<ConfigurableApplicationContext> apps,
                         List<MashUser> users, LoadStats stats, YearMonth lastMonth, int issuers) {
        StringBuilder out = new StringBuilder("\nAcross instances (whole run):\n");
        StringBuilder served = new StringBuilder();
        for (int i = 0; i < apps.size(); i++) {
            served.append(i == 0 ? "" : ", ").append("instance ").append(i + 1).append(' ')
                    .append(stats.servedBy(i));
        }
        long everywhere = users.stream().filter(u -> u.instancesUsed.size() == apps.size()).count();
        out.append(String.format(Locale.UK, "- Requests in the measured window served by %s. Users served by every "
                        + "instance: %d of %d. Sessions lost (a signed-in user sent to sign in): %d.%n", served,
                everywhere, users.size(), stats.lostSessions()));

        long alertRows = jdbc.sql("select count(*) from clock_alert where id > :id")
                .param("id", before.clockAlertId()).query(Long.class).single();
        long alertDuplicates = jdbc.sql("""
                        select count(*) from (select 1 from clock_alert group by contact_subject_id, clock, status
                                               having count(*) > 1) d""").query(Long.class).single();
        StringBuilder raised = new StringBuilder();
        double raisedTotal = 0;
        for (int i = 0; i < apps.size(); i++) {
            double n = MashLoadBench.alertsRaised(apps.get(i)) - before.alertsRaised()[i];
            raisedTotal += n;
            raised.append(i == 0 ? "" : " + ").append(String.format(Locale.UK, "%.0f", n));
        }
        out.append(String.format(Locale.UK, "- Clock alerts: %d new rows; raised by each instance's own job: %s = %.0f "
                        + "(%s); alerts in the table more than once: %d.%n", alertRows, raised, raisedTotal,
                raisedTotal == alertRows ? "each raised by exactly one instance" : "MISMATCH", alertDuplicates));

        Timestamp since = Timestamp.from(before.at());
        long emails = jdbc.sql("select count(*) from outbox where id > :id and decision_id is not null")
                .param("id", before.outboxId()).query(Long.class).single();
        long expected = jdbc.sql("""
                        select count(*) from decision d join contact_subject s on s.id = d.contact_subject_id
                          join contact c on c.id = s.contact_id
                         where d.status = 'SIGNED_OFF' and d.overseen_at >= :since
                           and coalesce(btrim(c.referrer_email), '') <> ''""")
                .param("since", since).query(Long.class).single();
        long emailDuplicates = jdbc.sql("""
                        select count(*) from (select decision_id from outbox where id > :id and decision_id is not null
                                               group by decision_id having count(*) > 1) d""")
                .param("id", before.outboxId()).query(Long.class).single();
        out.append(String.format(Locale.UK, "- Referrer emails in the outbox: %d for %d decisions signed off with a "
                + "referrer's email; decisions emailed more than once: %d.%n", emails, expected, emailDuplicates));

        long monthEnd = jdbc.sql("select count(*) from performance_report where month_end and month = :m")
                .param("m", lastMonth.atDay(1)).query(Long.class).single();
        long reportDuplicates = jdbc.sql("""
                        select count(*) from (select month from performance_report where month_end group by month
                                               having count(*) > 1) d""").query(Long.class).single();
        out.append(String.format(Locale.UK, "- Month-end Vital Signs report for %s: %d instance(s) of %d said they "
                        + "issued it when all tried at once before the run; %d in the table; months issued more than "
                        + "once: %d.%n", lastMonth, issuers, apps.size(),
                monthEnd, reportDuplicates));
        return out.toString();
    }
}
