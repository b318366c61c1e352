package org.frontdoor.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Regional benchmarking (issue 7, item 5): export the headline indicators, import other authorities', compare. */
@Controller
class BenchmarkingController {

    private final Benchmarking benchmarking;
    private final ObjectMapper json;
    private final AccessLog accessLog;
    private final ZoneId zone;

    BenchmarkingController(Benchmarking benchmarking, ObjectMapper json, AccessLog accessLog, ZoneId zone) {
        this.benchmarking = benchmarking;
        this.json = json;
        this.accessLog = accessLog;
        this.zone = zone;
    }

    @GetMapping("/performance/benchmarking")
    String compare(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInUser user,
                   Model model) {
        YearMonth thisMonth = YearMonth.now(zone);
        ReportMonth.error(month, thisMonth).ifPresent(e -> model.addAttribute("monthError", e));
        YearMonth period = ReportMonth.orDefault(month, thisMonth);
        model.addAttribute("comparison", benchmarking.compare(period));
        model.addAttribute("month", month == null ? period.toString() : month);
        model.addAttribute("periods", benchmarking.periods());
        model.addAttribute("canImport", user.has(Role.PERFORMANCE_ANALYST));
        if (!model.containsAttribute("importErrors")) {
            model.addAttribute("importErrors", List.of());
        }
        accessLog.record(AccessLog.Action.VIEW, "Vital Signs regional benchmarking for " + period, null);
        return "performance/benchmarking";
    }

    @GetMapping("/performance/benchmarking/headline.csv")
    void csv(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
        YearMonth period = ReportMonth.orDefault(month, YearMonth.now(zone));
        String body = BenchmarkFile.csv(benchmarking.ours(period));
        export(period, "CSV", response, "text/csv;charset=UTF-8", "csv", body);
    }

    @GetMapping("/performance/benchmarking/headline.json")
    void json(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
        YearMonth period = ReportMonth.orDefault(month, YearMonth.now(zone));
        String body = BenchmarkFile.json(benchmarking.ours(period), json);
        export(period, "JSON", response, "application/json", "json", body);
    }

    private void export(YearMonth period, String format, HttpServletResponse response, String type, String ext,
                        String body) throws IOException {
        accessLog.record(AccessLog.Action.EXPORT, "Vital Signs headline indicators for " + period + " as " + format,
                null);
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"headline-indicators-" + period + "." + ext
                + "\"");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/performance/benchmarking/imports")
    String importFile(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser user,
                      Model model, RedirectAttributes redirect) throws IOException {
        BenchmarkFile.Read read = file == null || file.isEmpty()
                ? new BenchmarkFile.Read(List.of(), List.of("Choose another local authority's CSV or JSON file"))
                : BenchmarkFile.read(file.getOriginalFilename(), file.getBytes(), json);
        if (!read.errors().isEmpty()) {
            model.addAttribute("importErrors", read.errors());
            return compare(null, user, model);
        }
        benchmarking.save(read.figures(), user.getUsername());
        BenchmarkFile.Figure first = read.figures().get(0);
        accessLog.record(AccessLog.Action.CHANGE, "Imported " + read.figures().size() + " headline indicators of "
                + first.localAuthority() + " for " + first.period(), null);
        redirect.addFlashAttribute("success", "Imported " + first.localAuthority() + "'s figures for "
                + first.period());
        return "redirect:/performance/benchmarking?month=" + first.period();
    }
}
