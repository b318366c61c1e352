package org.frontdoor.screening;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the clocks on the server, not in anyone's browser: every minute (frontdoor.screening.clock-alerts.interval)
 * it raises the alerts that have fallen due. Off when the app runs as a command, or when
 * frontdoor.screening.clock-alerts.enabled is false (as tests that drive {@link ClockAlerts} directly may set).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "frontdoor.screening.clock-alerts.enabled", havingValue = "true", matchIfMissing = true)
class ClockAlertJob {

    private static final Logger log = LoggerFactory.getLogger(ClockAlertJob.class);

    private final ClockAlerts alerts;

    ClockAlertJob(ClockAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(fixedDelayString = "${frontdoor.screening.clock-alerts.interval:PT1M}",
            initialDelayString = "${frontdoor.screening.clock-alerts.interval:PT1M}")
    void raiseDueAlerts() {
        int raised = alerts.raise(Instant.now());
        if (raised > 0) {
            log.info("Raised {} clock alerts", raised);
        }
    }
}
