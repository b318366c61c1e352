package org.frontdoor.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ConsentReportController {

    static final List<Integer> PERIODS = List.of(1, 3, 6, 12);

    private final ConsentReport report;
    private final AccessLog accessLog;
    private final ZoneId zone;

    ConsentReportController(ConsentReport report, AccessLog accessLog, ZoneId zone) {
        this.report = report;
        this.accessLog = accessLog;
        this.zone = zone;
    }

    /** The last whole months up to today; an unknown period falls back to 3 months and says so. */
    @GetMapping("/reports/consent")
    String consent(@RequestParam(defaultValue = "3") String months, Model model) {
        int period = PERIODS.stream().filter(p -> String.valueOf(p).equals(months)).findFirst().orElse(3);
        if (!String.valueOf(period).equals(months)) {
            model.addAttribute("periodError", "Choose a period of 1, 3, 6 or 12 months: showing 3 months");
        }
        LocalDate to = LocalDate.now(zone).plusDays(1);
        LocalDate from = to.minusMonths(period);
        model.addAttribute("rows", report.between(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant()));
        model.addAttribute("months", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("from", from);
        model.addAttribute("to", to.minusDays(1));
        accessLog.record(AccessLog.Action.VIEW, "Consent by referral source report, " + period + " months", null);
        return "reports/consent";
    }
}
