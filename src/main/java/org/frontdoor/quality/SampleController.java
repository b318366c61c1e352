package org.frontdoor.quality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontdoor.access.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Drawing a random (stratified by team and outcome) or dip sample of cases to audit, repeatable by its seed. */
@Controller
class SampleController {

    private final AuditService service;
    private final AuditTemplates templates;
    private final Audits audits;
    private final JdbcClient jdbc;

    SampleController(AuditService service, AuditTemplates templates, Audits audits, JdbcClient jdbc) {
        this.service = service;
        this.templates = templates;
        this.audits = audits;
        this.jdbc = jdbc;
    }

    @GetMapping("/quality/samples/new")
    String form(Model model) {
        LocalDate today = service.today();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("method", "RANDOM");
        form.put("from", today.minusMonths(3).toString());
        form.put("to", today.minusDays(1).toString());
        form.put("size", "30");
        form.put("seed", String.valueOf(today.toEpochDay()));
        return page(form, Map.of(), model);
    }

    @PostMapping("/quality/samples")
    String draw(@RequestParam Map<String, String> form, @AuthenticationPrincipal SignedInUser user, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        String method = form.getOrDefault("method", "");
        if (!method.equals("RANDOM") && !method.equals("DIP")) {
            errors.put("method", "Choose a random sample or a dip sample");
        }
        LocalDate from = date(form.get("from")), to = date(form.get("to"));
        if (from == null || to == null || to.isBefore(from)) {
            errors.put("from", "Enter the period as two dates, the first not after the second, like 2026-08-01");
        }
        Integer size = number(form.get("size"));
        if (size == null || size < 1 || size > 500) {
            errors.put("size", "Enter how many cases, from 1 to 500");
        }
        Long seed = longNumber(form.get("seed"));
        if (seed == null) {
            errors.put("seed", "Enter a whole number as the seed: the same seed draws the same cases again");
        }
        String outcome = form.getOrDefault("outcome", "");
        if (method.equals("DIP") && outcome.isBlank()) {
            errors.put("outcome", "Choose the outcome to dip sample");
        }
        Integer templateId = number(form.get("templateId"));
        if (templateId == null || templates.find(templateId).filter(t -> t.status().equals("PUBLISHED")).isEmpty()) {
            errors.put("templateId", "Choose the audit template");
        }
        if (errors.isEmpty()) {
            AuditService.Outcome drawn = service.sample(method, seed, from, to, outcome, size, templateId,
                    user.getUsername());
            if (drawn.ok()) {
                return "redirect:/quality/samples/" + drawn.id();
            }
            errors.put("from", drawn.problem());
        }
        return page(form, errors, model);
    }

    @GetMapping("/quality/samples/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("batch", jdbc.sql("""
                select b.id, b.method, b.seed, b.period_from, b.period_to, b.outcome, b.size,
                       t.name || ' (version ' || t.version || ')' as template
                  from audit_batch b join audit_template t on t.id = b.template_id where b.id = :id""")
                .param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such sample")));
        model.addAttribute("audits", audits.inBatch(id));
        return "quality/sample";
    }

    private String page(Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("templates", templates.published());
        model.addAttribute("outcomes", java.util.List.of("NFA", "INFORMATION_ADVICE", "UNIVERSAL_SERVICES",
                "EARLY_HELP", "SINGLE_ASSESSMENT", "STRATEGY_DISCUSSION", "OPEN_CASE", "LADO", "OTHER_LA"));
        return "quality/sample-form";
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long longNumber(String s) {
        try {
            return s == null ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
