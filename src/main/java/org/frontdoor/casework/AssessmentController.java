package org.frontdoor.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The single assessment page: the clock, what the worker records, and the manager's authorisation. */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final AssessmentRecorder recorder;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    AssessmentController(Assessments assessments, AssessmentRecorder recorder, AccessLog accessLog, Clock clock,
                         ZoneId zone) {
        this.assessments = assessments;
        this.recorder = recorder;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    /** A worker's open assessments; a manager's team's, with those awaiting authorisation. Oldest due first. */
    @GetMapping("/casework/assessments")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        boolean manager = user.has(Role.ASSESSMENT_MANAGER);
        List<Assessment> list = manager ? assessments.forManager(user.getUsername())
                : assessments.openFor(user.getUsername());
        LocalDate today = today();
        model.addAttribute("manager", manager);
        model.addAttribute("open", list.stream().filter(a -> !a.completed()).map(a -> row(a, today)).toList());
        model.addAttribute("awaiting", list.stream().filter(Assessment::awaitingAuthorisation).map(a -> row(a, today))
                .toList());
        return "casework/assessment-list";
    }

    /** One assessment in a list, with where its clock stands today. */
    public record Row(Assessment assessment, AssessmentClock.Reading clock) {
    }

    private Row row(Assessment a, LocalDate today) {
        return new Row(a, assessments.clock().read(a.startedOn(), a.dueOn(), a.completedOn(), today));
    }

    @GetMapping("/casework/assessments/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Assessment a = assessment(id);
        accessLog.record(AccessLog.Action.VIEW, "Opened single assessment " + id, a.personId());
        return page(a, formOf(a), user, model);
    }

    @PostMapping("/casework/assessments/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Assessment a = assessment(id);
        if (!canEdit(a, user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the allocated social worker or an "
                    + "assessment team manager can change this assessment");
        }
        AssessmentRecorder.Result result = recorder.save(a, form, user.getUsername());
        if (result instanceof AssessmentRecorder.Saved saved) {
            redirect.addFlashAttribute("success", saved.completed()
                    ? "Assessment completed. It takes effect when an assessment team manager authorises it."
                    : "Assessment saved");
            return "redirect:/casework/assessments/" + id;
        }
        if (result instanceof AssessmentRecorder.Refused refused) {
            refused.problems().forEach(p -> binding.rejectValue(p.field(), "assessment", p.message()));
        } else if (result instanceof AssessmentRecorder.Conflict conflict) {
            model.addAttribute("conflict", conflict.message());
            // Their answers stay as typed; saving again is a deliberate choice made with the other change in view.
            form.setVersion(assessment(id).version());
        }
        model.addAttribute("hasErrors", true);
        return page(assessment(id), form, user, model);
    }

    @PostMapping("/casework/assessments/{id}/authorise")
    String authorise(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
                     @RequestParam(defaultValue = "-1") int version, @AuthenticationPrincipal SignedInUser user,
                     Model model, RedirectAttributes redirect) {
        Assessment a = assessment(id);
        if (!user.has(Role.ASSESSMENT_MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an assessment team manager can authorise");
        }
        try {
            AssessmentAuthorised done = assessments.authorise(id, version, user.getUsername(), comment);
            redirect.addFlashAttribute("success", "Assessment authorised: " + done.outcome().label().toLowerCase());
            return "redirect:/casework/assessments/" + id;
        } catch (AssessmentRefused refused) {
            accessLog.record(AccessLog.Action.VIEW, "Authorisation of single assessment " + id + " refused",
                    a.personId());
            model.addAttribute("authoriseProblem", refused.getMessage());
            model.addAttribute("authoriseComment", comment);
            model.addAttribute("hasErrors", true);
            Assessment now = assessment(id);
            return page(now, formOf(now), user, model);
        }
    }

    private String page(Assessment a, AssessmentForm form, SignedInUser user, Model model) {
        List<AssessmentParent> parents = assessments.parents(a);
        model.addAttribute("assessment", a);
        model.addAttribute("form", form);
        model.addAttribute("reading", assessments.clock().read(a.startedOn(), a.dueOn(), a.completedOn(), today()));
        model.addAttribute("checkpoints", assessments.clock().checkpoints(a.startedOn(), a.interimDay10On(),
                a.interimDay25On()));
        model.addAttribute("hasFather", parents.stream().anyMatch(AssessmentParent::father));
        model.addAttribute("parents", parents);
        model.addAttribute("nextSteps", assessments.nextSteps(a.id()));
        model.addAttribute("factorCodes", AssessmentCodes.FACTORS);
        model.addAttribute("savedFactors", assessments.factors(a.id()).stream().map(AssessmentCodes::factorLabel)
                .toList());
        model.addAttribute("needs", AssessmentCodes.PRIMARY_NEEDS);
        model.addAttribute("outcomes", AssessmentOutcome.values());
        model.addAttribute("canEdit", canEdit(a, user) && !a.authorised());
        model.addAttribute("canAuthorise", user.has(Role.ASSESSMENT_MANAGER) && a.awaitingAuthorisation()
                && !a.socialWorker().equals(user.getUsername()));
        model.addAttribute("errorOrder", errorOrder(form));
        return "casework/assessment";
    }

    private Assessment assessment(long id) {
        return assessments.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean canEdit(Assessment a, SignedInUser user) {
        return a.socialWorker().equals(user.getUsername()) || user.has(Role.ASSESSMENT_MANAGER);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private AssessmentForm formOf(Assessment a) {
        AssessmentForm f = new AssessmentForm();
        date(a.childSeenOn(), f::setChildSeenDay, f::setChildSeenMonth, f::setChildSeenYear);
        date(a.childSeenAloneOn(), f::setChildSeenAloneDay, f::setChildSeenAloneMonth, f::setChildSeenAloneYear);
        f.setChildNotSeenReason(a.childNotSeenReason());
        f.setChildVoice(a.childVoice());
        date(a.interimDay10On(), f::setInterim10Day, f::setInterim10Month, f::setInterim10Year);
        date(a.interimDay25On(), f::setInterim25Day, f::setInterim25Month, f::setInterim25Year);
        f.setParents(parentRows(assessments.parents(a), List.of()));
        f.setFatherNotInvolvedReason(a.fatherNotInvolvedReason());
        f.setFactors(new ArrayList<>(assessments.factors(a.id())));
        f.setPrimaryNeed(a.primaryNeed());
        f.setAnalysis(a.analysis());
        f.setOutcome(a.outcome() == null ? "" : a.outcome().name());
        date(a.completedOn(), f::setCompletedDay, f::setCompletedMonth, f::setCompletedYear);
        f.setVersion(a.version());
        return f;
    }

    /** Form rows for the parents on the record, keeping what was typed for any already on the form. */
    static List<AssessmentForm.Parent> parentRows(List<AssessmentParent> parents, List<AssessmentForm.Parent> typed) {
        Map<Long, AssessmentForm.Parent> byId = typed.stream().collect(Collectors.toMap(
                AssessmentForm.Parent::getPersonId, Function.identity(), (x, y) -> x));
        List<AssessmentForm.Parent> rows = new ArrayList<>();
        for (AssessmentParent p : parents) {
            AssessmentForm.Parent row = new AssessmentForm.Parent();
            row.setPersonId(p.personId());
            row.setName(p.name());
            row.setRelationship(p.relationshipLabel());
            AssessmentForm.Parent was = byId.get(p.personId());
            row.setInvolved(was != null ? was.getInvolved() : p.involved() == null ? "" : p.involved() ? "yes" : "no");
            row.setHow(was != null ? was.getHow() : p.how());
            rows.add(row);
        }
        return rows;
    }

    private static void date(LocalDate d, java.util.function.Consumer<String> day,
                             java.util.function.Consumer<String> month, java.util.function.Consumer<String> year) {
        if (d != null) {
            day.accept(String.valueOf(d.getDayOfMonth()));
            month.accept(String.valueOf(d.getMonthValue()));
            year.accept(String.valueOf(d.getYear()));
        }
    }

    /** The fields in page order, for the error summary. */
    private static String errorOrder(AssessmentForm f) {
        StringBuilder order = new StringBuilder("childSeenDay,childSeenAloneDay,childNotSeenReason,childVoice,"
                + "interim10Day,interim25Day,parents");
        for (int i = 0; i < f.getParents().size(); i++) {
            order.append(",parents[").append(i).append("].involved,parents[").append(i).append("].how");
        }
        return order.append(",fatherNotInvolvedReason,factors,primaryNeed,analysis,outcome,completedDay").toString();
    }
}
