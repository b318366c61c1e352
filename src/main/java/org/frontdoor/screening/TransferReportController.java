package org.frontdoor.screening;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How long children wait between a manager's sign-off and the team accepting them (issue 4, seed 001). */
@Controller
class TransferReportController {

    /** A team's children waiting now: how many, and the longest wait. */
    record WaitingLine(String team, long children, String longest, Instant since) {
    }

    private final TransferReport report;
    private final AccessLog accessLog;
    private final ZoneId zone;

    TransferReportController(TransferReport report, AccessLog accessLog, ZoneId zone) {
        this.report = report;
        this.accessLog = accessLog;
        this.zone = zone;
    }

    /** The 12 months up to this one, or 12 from ?from=YYYY-MM; a bad month says why and shows the last 12. */
    @GetMapping("/reports/transfers")
    String transfers(@RequestParam(required = false) String from, Model model) {
        Instant now = Instant.now();
        YearMonth thisMonth = YearMonth.now(zone);
        Optional<String> error = TransferReportPage.fromError(from, thisMonth);
        YearMonth first = from == null || from.isBlank() || error.isPresent()
                ? thisMonth.minusMonths(TransferReportPage.MONTHS - 1) : YearMonth.parse(from.strip());
        Instant start = first.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = first.plusMonths(TransferReportPage.MONTHS).atDay(1).atStartOfDay(zone).toInstant();
        model.addAttribute("page", TransferReportPage.of(first, report.byMonth(start, end, now, zone)));
        List<WaitingLine> waiting = report.waiting().stream()
                .map(w -> new WaitingLine(TransferReportPage.teamLabel(w.team()), w.children(),
                        TransferWait.describe(Duration.between(w.longestSince(), now)), w.longestSince()))
                .toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("from", from == null ? first.toString() : from); // what was typed stays in the box
        error.ifPresent(e -> model.addAttribute("fromError", e));
        accessLog.record(AccessLog.Action.VIEW, "Transfer report", null);
        return "reports/transfers";
    }
}
