package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several app instances on one database: each alert is raised once, whoever's job gets there first. */
@FrontdoorTest
class ClockAlertTest {

    @Autowired ClockAlerts alerts;
    @Autowired RagTestData data;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    List<String> alertsFor(long contact) {
        return jdbc.sql("""
                        select s.first_name || ' ' || a.clock || ' ' || a.status
                          from clock_alert a join contact_subject s on s.id = a.contact_subject_id
                         where s.contact_id = :c order by s.first_name, a.clock, a.status""")
                .param("c", contact).query(String.class).list();
    }

    /** Both "instances" run the job at the same moment, each on its own thread and database connection. */
    void raiseFromTwoInstances(Instant now) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    together.await();
                    return alerts.raise(now);
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
    }

    @Test
    void twoInstancesRaiseEachAlertExactlyOnce() throws Exception {
        Instant now = Instant.now();
        long contact = data.contact(now.minus(Duration.ofHours(23)));
        data.child(contact, "Amy", "Overdue", now.minus(Duration.ofMinutes(30)));
        long ben = data.child(contact, "Ben", "Soon", now.plus(Duration.ofMinutes(90)));
        data.child(contact, "Cat", "Later", now.plus(Duration.ofHours(6)));
        data.rate(ben, Rag.RED, now.minus(Duration.ofHours(23)), now.plus(Duration.ofMinutes(60)));
        // Many more children, so that the two instances' inserts really overlap.
        for (int i = 0; i < 300; i++) {
            data.child(contact, "Many" + i, "Overdue", now.minus(Duration.ofMinutes(i + 1)));
        }

        raiseFromTwoInstances(now);
        raiseFromTwoInstances(now);

        List<String> raised = alertsFor(contact);
        assertThat(raised).hasSize(3 + 300)
                .contains("Amy DECISION OVERDUE", "Ben DECISION DUE_SOON", "Ben SCREENING DUE_SOON")
                .doesNotHaveDuplicates().noneMatch(a -> a.startsWith("Cat"));

        // Two hours on, Ben's clocks have both run out: one more alert each, still never twice.
        raiseFromTwoInstances(now.plus(Duration.ofHours(2)));
        assertThat(alertsFor(contact)).hasSize(3 + 300 + 2)
                .contains("Ben DECISION OVERDUE", "Ben SCREENING OVERDUE").noneMatch(a -> a.startsWith("Cat"));

        // Every alert row was counted once, by whichever instance raised it.
        double counted = meters.find("frontdoor.screening.clock.alerts").counters().stream()
                .mapToDouble(Counter::count).sum();
        long rows = jdbc.sql("select count(*) from clock_alert").query(Long.class).single();
        assertThat(counted).isEqualTo((double) rows);
    }
}
