package org.frontdoor.performance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly Vital Signs reports (seed 004): issued on request by the analyst or at month end, kept, and read back
 * exactly as issued.
 */
@Controller
class ReportController {

    private final Reports reports;
    private final AccessLog accessLog;
    private final ZoneId zone;

    ReportController(Reports reports, AccessLog accessLog, ZoneId zone) {
        this.reports = reports;
        this.accessLog = accessLog;
        this.zone = zone;
    }

    @GetMapping("/performance/reports")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!model.containsAttribute("month")) {
            model.addAttribute("month", YearMonth.now(zone).minusMonths(1).toString());
        }
        model.addAttribute("reports", reports.list());
        model.addAttribute("canIssue", user.has(Role.PERFORMANCE_ANALYST));
        accessLog.record(AccessLog.Action.VIEW, "Vital Signs reports", null);
        return "performance/reports";
    }

    @PostMapping("/performance/reports")
    String issue(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInUser user,
                 Model model, RedirectAttributes redirect) {
        String typed = month == null ? "" : month;
        var error = typed.isBlank() ? java.util.Optional.of("Enter the last month the report covers")
                : ReportMonth.error(typed, YearMonth.now(zone));
        if (error.isPresent()) {
            model.addAttribute("month", typed);
            model.addAttribute("monthError", error.get());
            return list(user, model);
        }
        YearMonth m = YearMonth.parse(typed.strip());
        long id = reports.issue(m, user.getUsername());
        accessLog.record(AccessLog.Action.CHANGE, "Issued the Vital Signs report for " + m + " (report " + id + ")",
                null);
        redirect.addFlashAttribute("success", "Vital Signs report for " + m + " issued");
        return "redirect:/performance/reports/" + id;
    }

    /** One report's figures as issued, whatever the record says now. */
    @GetMapping("/performance/reports/{id}")
    String show(@PathVariable long id, Model model) {
        Reports.Issued issued = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", issued);
        model.addAttribute("figures", reports.figures(id));
        accessLog.record(AccessLog.Action.VIEW, "Vital Signs report " + id + " for " + issued.month(), null);
        return "performance/report";
    }

    @GetMapping("/performance/reports/{id}.pdf")
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        download(id, "pdf", "application/pdf", response);
    }

    @GetMapping("/performance/reports/{id}.xlsx")
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        download(id, "xlsx", PerformanceController.XLSX, response);
    }

    /** The file byte for byte as it was issued. */
    private void download(long id, String format, String contentType, HttpServletResponse response)
            throws IOException {
        Reports.Issued issued = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] bytes = reports.file(id, format).orElseThrow();
        accessLog.record(AccessLog.Action.EXPORT, "Vital Signs report " + id + " for " + issued.month() + " as "
                + format.toUpperCase(java.util.Locale.UK), null);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"vital-signs-"
                + YearMonth.from(issued.month()) + "-report-" + id + "." + format + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
