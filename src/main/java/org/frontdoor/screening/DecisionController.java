package org.frontdoor.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening decision on one child's contact: made by a MASH worker, then overseen by a manager. */
@Controller
class DecisionController {

    private final Decisions decisions;
    private final DecisionRecorder recorder;
    private final DecisionThresholds thresholds;
    private final InformationRequests information;
    private final Transfers transfers;
    private final AccessLog accessLog;

    DecisionController(Decisions decisions, DecisionRecorder recorder, DecisionThresholds thresholds,
                       InformationRequests information, Transfers transfers, AccessLog accessLog) {
        this.decisions = decisions;
        this.recorder = recorder;
        this.thresholds = thresholds;
        this.information = information;
        this.transfers = transfers;
        this.accessLog = accessLog;
    }

    @GetMapping("/screening/subjects/{subjectId}/decision")
    String form(@PathVariable long subjectId, Model model) {
        DecisionSubject child = child(subjectId);
        Optional<Decision> current = decisions.forSubject(subjectId);
        DecisionForm form = current.map(this::formOf).orElseGet(() -> newForm(child));
        accessLog.record(AccessLog.Action.VIEW, "Opened screening decision on contact " + child.contactId(),
                child.personId());
        return page(child, current, form, model);
    }

    @PostMapping("/screening/subjects/{subjectId}/decision")
    String save(@PathVariable long subjectId, @ModelAttribute("form") DecisionForm form, BindingResult binding,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        DecisionSubject child = child(subjectId);
        DecisionRecorder.Result result = recorder.save(child, form, user.getUsername());
        if (result instanceof DecisionRecorder.Saved) {
            redirect.addFlashAttribute("success", "Decision for " + child.name()
                    + " recorded. It takes effect when a MASH team manager signs it off.");
            return "redirect:/contacts/" + child.contactId();
        }
        if (result instanceof DecisionRecorder.Refused refused) {
            refused.problems().forEach(p -> binding.rejectValue(p.field(), "decision", p.message()));
        } else if (result instanceof DecisionRecorder.Conflict conflict) {
            model.addAttribute("conflict", conflict.message());
            // Their answers stay as typed; saving again now is a deliberate choice made with the other one in view.
            decisions.forSubject(subjectId).ifPresent(d -> form.setVersion(d.version()));
        }
        model.addAttribute("hasErrors", true);
        return page(child, decisions.forSubject(subjectId), form, model);
    }

    private String page(DecisionSubject child, Optional<Decision> current, DecisionForm form, Model model) {
        ThresholdVersion version = thresholds.version(form.getThresholdVersionId());
        form.setThresholdVersionId(version.id());
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("threshold", version);
        model.addAttribute("domains", ThresholdDomain.values());
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("information", information.forContact(child.contactId()));
        model.addAttribute("errorOrder", errorOrder(form));
        current.ifPresent(d -> {
            model.addAttribute("decision", d);
            model.addAttribute("history", decisions.history(d.id()));
            transfers.forDecision(d.id()).ifPresent(t -> model.addAttribute("transfer", t));
        });
        return "screening/decision";
    }

    private DecisionSubject child(long subjectId) {
        return decisions.subject(subjectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private DecisionForm newForm(DecisionSubject child) {
        DecisionForm f = new DecisionForm();
        f.setParents(decisions.parentsOf(child.contactId()));
        f.setMultiAgencyView(DecisionMultiAgencyView.summarise(information.forContact(child.contactId())));
        return f;
    }

    private DecisionForm formOf(Decision d) {
        DecisionForm f = new DecisionForm();
        f.setOutcome(d.outcome().name());
        f.setThresholdLevel(String.valueOf(d.thresholdLevel()));
        f.setThresholdVersionId(d.thresholdVersionId());
        f.setIndicatorIds(new ArrayList<>(decisions.indicators(d.id())));
        f.setDepartureReason(d.departureReason());
        f.setRationale(d.rationale());
        f.setRiskAnalysis(d.riskAnalysis());
        f.setMultiAgencyView(d.multiAgencyView());
        f.setChildViewsSought(d.childViewsSought() ? "yes" : "no");
        f.setChildViewsReason(d.childViewsReason());
        List<DecisionForm.ParentView> parents = new ArrayList<>();
        for (Decision.ParentView v : decisions.parentViews(d.id())) {
            DecisionForm.ParentView p = new DecisionForm.ParentView();
            p.setSubjectId(v.contactSubjectId());
            p.setName(v.name());
            p.setSought(v.sought() ? "yes" : "no");
            p.setReason(v.reason());
            parents.add(p);
        }
        f.setParents(parents);
        f.setVersion(d.version());
        return f;
    }

    /** The fields in page order, for the error summary. */
    private static String errorOrder(DecisionForm f) {
        StringBuilder order = new StringBuilder("outcome,thresholdLevel,departureReason,rationale,riskAnalysis,"
                + "multiAgencyView,childViewsSought,childViewsReason,parents");
        for (int i = 0; i < f.getParents().size(); i++) {
            order.append(",parents[").append(i).append("].sought,parents[").append(i).append("].reason");
        }
        return order.toString();
    }
}
