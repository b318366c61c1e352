package org.frontdoor.performance;

import java.time.YearMonth;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues last month's Vital Signs report once the month is over (seed 004). It runs every hour rather than once at
 * midnight, so a month end the app was down for is caught up; {@link Reports#issueMonthEnd} makes sure that every
 * instance of the app together issues it once. Off when frontdoor.performance.month-end-report.enabled is false.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "frontdoor.performance.month-end-report.enabled", havingValue = "true",
        matchIfMissing = true)
class MonthEndReportJob {

    private static final Logger log = LoggerFactory.getLogger(MonthEndReportJob.class);

    private final Reports reports;
    private final ZoneId zone;

    MonthEndReportJob(Reports reports, ZoneId zone) {
        this.reports = reports;
        this.zone = zone;
    }

    @Scheduled(cron = "${frontdoor.performance.month-end-report.cron:0 7 * * * *}", zone = "${frontdoor.zone}")
    void issueLastMonth() {
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        if (reports.issueMonthEnd(last)) {
            log.info("Issued the Vital Signs report for {}", last);
        }
    }
}
