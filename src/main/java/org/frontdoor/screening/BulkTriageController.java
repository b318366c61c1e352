package org.frontdoor.screening;

import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.web.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Police notifications triaged in bulk: many low-risk decisions at once, each child's recorded on its own. */
@Controller
class BulkTriageController {

    static final int PAGE_SIZE = 50;
    private static final String ERROR_ORDER = "subjectIds,outcome,thresholdLevel,departureReason,rationale,"
            + "riskAnalysis,childViewsSought,childViewsReason,parentViewsSought,parentViewsReason";

    private final BulkTriageQueue queue;
    private final BulkTriage triage;
    private final DecisionThresholds thresholds;
    private final AccessLog accessLog;

    BulkTriageController(BulkTriageQueue queue, BulkTriage triage, DecisionThresholds thresholds, AccessLog accessLog) {
        this.queue = queue;
        this.triage = triage;
        this.thresholds = thresholds;
        this.accessLog = accessLog;
    }

    @GetMapping("/screening/triage")
    String list(@RequestParam(defaultValue = "1") String page, Model model) {
        return page(new BulkTriageForm(), page, model);
    }

    @PostMapping("/screening/triage")
    String decide(@ModelAttribute("form") BulkTriageForm form, BindingResult binding,
                  @RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user,
                  Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // An id that is not a number was posted by hand: nothing to decide against.
            binding.rejectValue("subjectIds", "triage", "Only police notifications about a child can be decided here");
            model.addAttribute("hasErrors", true);
            return page(form, page, model);
        }
        BulkTriage.Result result = triage.decide(form, user.getUsername());
        if (result instanceof BulkTriage.Recorded recorded) {
            redirect.addFlashAttribute("success", recorded.count() == 1 ? "1 decision recorded, awaiting oversight"
                    : recorded.count() + " decisions recorded, awaiting oversight");
            return "redirect:/screening/triage";
        }
        if (result instanceof BulkTriage.Refused refused) {
            refused.problems().forEach(p -> binding.rejectValue(p.field(), "triage", p.message()));
        } else if (result instanceof BulkTriage.Conflict conflict) {
            conflict.messages().forEach(m -> binding.reject("triage", m));
        }
        model.addAttribute("hasErrors", true);
        return page(form, page, model);
    }

    private String page(BulkTriageForm form, String requested, Model model) {
        long total = queue.count();
        Page current = Page.of(requested, total, PAGE_SIZE);
        List<BulkTriageQueue.Row> rows = queue.page(PAGE_SIZE, current.offset());
        // The worries shown are part of each child's record: every row is an attributable view.
        rows.forEach(r -> accessLog.record(AccessLog.Action.VIEW, "Viewed police notification on contact "
                + r.contactId() + " in bulk triage", r.personId()));
        ThresholdVersion version = thresholds.version(form.getThresholdVersionId());
        form.setThresholdVersionId(version.id());
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", current.number());
        model.addAttribute("pages", current.pages());
        model.addAttribute("outcomes", BulkTriageRules.OUTCOMES);
        model.addAttribute("levels", version.levels().stream().filter(l -> l.level() <= 2).toList());
        model.addAttribute("domains", ThresholdDomain.values());
        model.addAttribute("errorOrder", ERROR_ORDER);
        return "screening/triage";
    }
}
