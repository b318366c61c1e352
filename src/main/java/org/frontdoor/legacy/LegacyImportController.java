package org.frontdoor.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.people.PersonMerge;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators bring a legacy system's exports in: dry run, import, duplicates to review, reconciliation. */
@Controller
class LegacyImportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A past run as listed on the imports page. */
    public record Run(long id, String sourceSystem, String startedBy, java.time.Instant startedAt, String status,
                      String problem) {
    }

    private final LegacyMappings mappings;
    private final LegacyJobs jobs;
    private final LegacyDuplicates duplicates;
    private final LegacyReconciliation reconciliation;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;

    LegacyImportController(LegacyMappings mappings, LegacyJobs jobs, LegacyDuplicates duplicates,
                           LegacyReconciliation reconciliation, AccessLog accessLog, JdbcClient jdbc) {
        this.mappings = mappings;
        this.jobs = jobs;
        this.duplicates = duplicates;
        this.reconciliation = reconciliation;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/imports")
    String page(Model model) {
        model.addAttribute("mappings", mappings.all());
        model.addAttribute("runs", jdbc.sql("""
                        select id, source_system, started_by, started_at, status, problem from legacy_run
                         order by id desc limit 20""").query(Run.class).list());
        return "legacy/imports";
    }

    @PostMapping("/admin/imports")
    String start(@RequestParam(required = false) String system, @RequestParam(defaultValue = "dry") String action,
                 @RequestParam(required = false) List<MultipartFile> files,
                 @RequestParam(defaultValue = "false") boolean samples, Model model) throws IOException {
        List<String> errors = new ArrayList<>();
        Optional<LegacyMapping> mapping = system == null ? Optional.empty() : mappings.find(system);
        List<MultipartFile> uploaded = files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        if (mapping.isEmpty()) {
            errors.add("Choose the legacy system the files come from");
        } else if (uploaded.isEmpty() && !samples) {
            errors.add("Choose the files to import, or the sample files");
        } else {
            List<String> expected = mapping.get().files().values().stream().map(LegacyMapping.Layout::file).toList();
            for (MultipartFile f : uploaded) {
                String name = Path.of(String.valueOf(f.getOriginalFilename())).getFileName().toString();
                String csvName = name.replaceFirst("\\.xlsx$", ".csv");
                if (!expected.contains(name) && !expected.contains(csvName)) {
                    errors.add(name + " is not one of the files " + mapping.get().label() + " exports: "
                            + String.join(", ", expected));
                }
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("system", system);
            return page(model);
        }
        Path dir = Files.createTempDirectory("legacy-import-");
        if (samples && uploaded.isEmpty()) {
            for (LegacyMapping.Layout layout : mapping.get().files().values()) {
                try (InputStream in = getClass().getResourceAsStream(
                        "/legacy/samples/" + mapping.get().system() + "/" + layout.file())) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(layout.file()));
                    }
                }
            }
        }
        for (MultipartFile f : uploaded) {
            f.transferTo(dir.resolve(Path.of(String.valueOf(f.getOriginalFilename())).getFileName().toString()));
        }
        LegacyJobs.Job job = jobs.start(mapping.get(), dir, !"import".equals(action), username());
        return "redirect:/admin/imports/jobs/" + job.id;
    }

    @GetMapping("/admin/imports/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", jobs.find(id).orElseThrow(() ->
                new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        return "legacy/job";
    }

    @GetMapping("/admin/imports/duplicates")
    String duplicates(@RequestParam(required = false) String system, Model model) {
        model.addAttribute("proposals", duplicates.open(system == null || system.isBlank() ? null : system, 200));
        return "legacy/duplicates";
    }

    @PostMapping("/admin/imports/duplicates/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long merge = duplicates.confirm(id, username());
            redirect.addFlashAttribute("success", "Merged as merge " + merge + ": both systems' history is now on "
                    + "one record. An administrator can undo it under Merged records.");
        } catch (PersonMerge.Refused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/imports/duplicates";
    }

    @PostMapping("/admin/imports/duplicates/{id}/reject")
    String reject(@PathVariable long id, RedirectAttributes redirect) {
        try {
            duplicates.reject(id, username());
            redirect.addFlashAttribute("success", "Kept apart: these two records will not be proposed again.");
        } catch (PersonMerge.Refused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/imports/duplicates";
    }

    @GetMapping("/admin/imports/reconciliation")
    String reconciliation(Model model) {
        model.addAttribute("lines", reconciliation.lines());
        model.addAttribute("figures", reconciliation.figures());
        return "legacy/reconciliation";
    }

    @GetMapping("/admin/imports/reconciliation.xlsx")
    ResponseEntity<byte[]> reconciliationXlsx() {
        byte[] body = reconciliation.xlsx();
        accessLog.record(AccessLog.Action.EXPORT, "Legacy import reconciliation (XLSX)", null);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"legacy-reconciliation.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, XLSX).body(body);
    }

    private static String username() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
