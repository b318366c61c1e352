package org.frontdoor.performance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.intake.ReferralSource;
import org.frontdoor.web.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Vital Signs (issue 7, seeds 000, 001 and 004): the scorecard, and behind every figure the list of children and
 * contacts it counts, with the same filters, so a manager can check any figure by hand.
 */
@Controller
class PerformanceController {

    static final int PAGE_SIZE = 100;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A referral source for the filter list. */
    record SourceOption(String code, String label) {
    }

    private final VitalSigns vitalSigns;
    private final Figures figures;
    private final AccessLog accessLog;
    private final ZoneId zone;
    private final ScorecardCache kept;

    PerformanceController(VitalSigns vitalSigns, Figures figures, AccessLog accessLog, ZoneId zone, Clock clock,
                          @Value("${frontdoor.vital-signs.page-minutes:5}") long pageMinutes) {
        this.vitalSigns = vitalSigns;
        this.figures = figures;
        this.accessLog = accessLog;
        this.zone = zone;
        this.kept = new ScorecardCache(Duration.ofMinutes(pageMinutes), clock);
    }

    @GetMapping("/performance")
    String scorecard(@RequestParam(required = false) String month, @RequestParam(required = false) String team,
                     @RequestParam(required = false) String source, @RequestParam(required = false) String again,
                     @AuthenticationPrincipal SignedInUser user, Model model) {
        List<String> errors = new ArrayList<>();
        YearMonth thisMonth = YearMonth.now(zone);
        ReportMonth.error(month, thisMonth).ifPresent(e -> model.addAttribute("monthError", e));
        Filters filters = filters(team, source, errors);
        YearMonth last = ReportMonth.orDefault(month, thisMonth);
        ScorecardCache.Shown shown = kept.get(last, filters, again != null, () -> new ScorecardCache.Shown(
                vitalSigns.scorecard(last, filters),
                figures.bySource(Indicators.byId("contacts").orElseThrow(), last, filters), kept.now()));
        model.addAttribute("card", shown.card());
        model.addAttribute("bySource", shown.bySource());
        model.addAttribute("workedOutAt", shown.at());
        model.addAttribute("keptMinutes", kept.keep().toMinutes());
        model.addAttribute("month", month == null ? last.toString() : month); // what was typed stays in the box
        model.addAttribute("team", team == null ? "" : team);
        model.addAttribute("source", source == null ? "" : source);
        model.addAttribute("filterErrors", errors);
        model.addAttribute("teams", vitalSigns.teams());
        model.addAttribute("sources", sources());
        model.addAttribute("canIssue", user.has(Role.PERFORMANCE_ANALYST));
        accessLog.record(AccessLog.Action.VIEW, "Vital Signs scorecard to " + last + " (" + filters.describe() + ")",
                null);
        return "performance/scorecard";
    }

    @GetMapping("/performance/scorecard.xlsx")
    void scorecardXlsx(@RequestParam String month, @RequestParam(required = false) String team,
                       @RequestParam(required = false) String source, HttpServletResponse response) throws IOException {
        YearMonth last = month(month);
        Filters filters = strictFilters(team, source);
        Scorecard scorecard = vitalSigns.scorecard(last, filters);
        accessLog.record(AccessLog.Action.EXPORT, "Vital Signs scorecard to " + last + " as XLSX ("
                + filters.describe() + ")", null);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"vital-signs-" + last + ".xlsx\"");
        Spreadsheets.scorecard(scorecard, response.getOutputStream());
    }

    /** The children or contacts behind one month's figure, a page at a time. */
    @GetMapping("/performance/indicators/{id}/{month}")
    String drillDown(@PathVariable String id, @PathVariable String month, @RequestParam(required = false) String team,
                     @RequestParam(required = false) String source, @RequestParam(required = false) String part,
                     @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal SignedInUser user,
                     Model model) {
        Indicator indicator = Indicators.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearMonth m = month(month);
        Filters filters = strictFilters(team, source);
        boolean numeratorOnly = "numerator".equals(part) && indicator.percent();
        List<Figures.Month> figure = figures.monthly(indicator, m, m, filters);
        long total = figure.isEmpty() ? 0 : numeratorOnly ? figure.get(0).numerator() : figure.get(0).rows();
        Page current = Page.of(page, total, PAGE_SIZE);
        model.addAttribute("indicator", indicator);
        model.addAttribute("month", m);
        model.addAttribute("filters", filters);
        model.addAttribute("numeratorOnly", numeratorOnly);
        model.addAttribute("total", total);
        model.addAttribute("page", current.number());
        model.addAttribute("pages", current.pages());
        model.addAttribute("rows", figures.rows(indicator, m, filters, numeratorOnly, PAGE_SIZE, current.offset()));
        model.addAttribute("names", seesNames(user));
        model.addAttribute("childLinks", user.has(Role.MASH_MANAGER) || user.has(Role.ASSESSMENT_MANAGER));
        model.addAttribute("figure", figure.isEmpty() ? null : figure.get(0));
        accessLog.record(AccessLog.Action.VIEW, "Vital Signs list: " + indicator.name() + ", " + m
                + (numeratorOnly ? " (numerator)" : "") + " (" + filters.describe() + ")", null);
        return "performance/drill-down";
    }

    @GetMapping("/performance/indicators/{id}/{month}.xlsx")
    void drillDownXlsx(@PathVariable String id, @PathVariable String month, @RequestParam(required = false) String team,
                       @RequestParam(required = false) String source, @RequestParam(required = false) String part,
                       @AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Indicator indicator = Indicators.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearMonth m = month(month);
        Filters filters = strictFilters(team, source);
        boolean numeratorOnly = "numerator".equals(part) && indicator.percent();
        accessLog.record(AccessLog.Action.EXPORT, "Vital Signs list as XLSX: " + indicator.name() + ", " + m
                + (numeratorOnly ? " (numerator)" : "") + " (" + filters.describe() + ")", null);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + id + "-" + m + ".xlsx\"");
        Spreadsheets.drillDown(indicator, m, filters, numeratorOnly, seesNames(user), figures,
                response.getOutputStream());
    }

    /** Senior leaders see figures, references and dates; those who manage the work see the children's names too. */
    static boolean seesNames(SignedInUser user) {
        return user.has(Role.MASH_MANAGER) || user.has(Role.ASSESSMENT_MANAGER) || user.has(Role.PERFORMANCE_ANALYST);
    }

    private Filters filters(String team, String source, List<String> errors) {
        String t = team;
        String s = source;
        if (t != null && !t.isBlank() && !vitalSigns.teams().contains(t.strip())) {
            errors.add("Select a team from the list");
            t = null;
        }
        if (s != null && !s.isBlank() && !ReferralSource.isCode(s.strip())) {
            errors.add("Select a referral source from the list");
            s = null;
        }
        return new Filters(t, s);
    }

    /** Links carry filters the page offered; anything else is a bad link. */
    private Filters strictFilters(String team, String source) {
        List<String> errors = new ArrayList<>();
        Filters f = filters(team, source, errors);
        if (!errors.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, errors.get(0));
        }
        return f;
    }

    private YearMonth month(String month) {
        try {
            if (ReportMonth.error(month, YearMonth.now(zone)).isEmpty() && month != null && !month.isBlank()) {
                return YearMonth.parse(month.strip());
            }
        } catch (DateTimeParseException e) {
            // falls through to not found
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static List<SourceOption> sources() {
        return Arrays.stream(ReferralSource.values()).map(s -> new SourceOption(s.code(), s.code() + " " + s.label()))
                .toList();
    }
}
