package org.frontdoor.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.intake.Consent;
import org.frontdoor.intake.ContactRejected;
import org.frontdoor.intake.DateFields;
import org.frontdoor.intake.FieldProblem;
import org.frontdoor.web.Page;
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

/**
 * Early help episodes: the practitioner's list, an episode's page, and its steps (early help assessment, team around
 * the family reviews, ending, stepping up to the Front Door), each on its own page with its own error summary.
 */
@Controller
class EarlyHelpController {

    /** A practitioner's list, a page at a time: a busy team holds thousands of open episodes. */
    static final int PAGE_SIZE = 50;

    private final EarlyHelpEpisodes episodes;
    private final EarlyHelpStepUp stepUp;
    private final AccessLog accessLog;
    private final LastChanges lastChanges;
    private final ZoneId zone;
    private final Clock clock;

    EarlyHelpController(EarlyHelpEpisodes episodes, EarlyHelpStepUp stepUp, AccessLog accessLog,
                        LastChanges lastChanges, ZoneId zone, Clock clock) {
        this.episodes = episodes;
        this.lastChanges = lastChanges;
        this.stepUp = stepUp;
        this.accessLog = accessLog;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/early-help/episodes")
    String list(@RequestParam(required = false) String show, @RequestParam(defaultValue = "1") String page,
                @AuthenticationPrincipal SignedInUser user, Model model) {
        boolean team = "team".equals(show);
        String lead = team ? null : user.getUsername();
        long total = episodes.countOpen(lead);
        Page current = Page.of(page, total, PAGE_SIZE);
        model.addAttribute("team", team);
        model.addAttribute("total", total);
        model.addAttribute("page", current.number());
        model.addAttribute("pages", current.pages());
        model.addAttribute("episodes", episodes.open(lead, PAGE_SIZE, current.offset()));
        return "casework/early-help-episodes";
    }

    @GetMapping("/early-help/episodes/{id}")
    String view(@PathVariable long id, Model model) {
        EarlyHelpEpisode e = episode(id);
        accessLog.record(AccessLog.Action.VIEW, "Early help episode " + id, e.personId());
        model.addAttribute("episode", e);
        model.addAttribute("members", episodes.members(id));
        model.addAttribute("reviews", episodes.reviews(id));
        return "casework/early-help-episode";
    }

    @GetMapping("/early-help/episodes/{id}/{step:assessment|review|end|step-up}")
    String stepForm(@PathVariable long id, @PathVariable String step, Model model) {
        EarlyHelpEpisode e = episode(id);
        EarlyHelpForm form = new EarlyHelpForm();
        form.setVersion(e.version());
        if (e.assessmentOn() != null) {
            form.setAssessedDay("" + e.assessmentOn().getDayOfMonth());
            form.setAssessedMonth("" + e.assessmentOn().getMonthValue());
            form.setAssessedYear("" + e.assessmentOn().getYear());
            form.setSummary(e.assessmentSummary());
        }
        model.addAttribute("form", form);
        return stepPage(e, step, model);
    }

    @PostMapping("/early-help/episodes/{id}/lead")
    String takeLead(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        EarlyHelpEpisode e = episode(id);
        if (episodes.takeLead(id, user.getUsername())) {
            redirect.addFlashAttribute("success", "You now lead the early help episode for " + e.childName());
        } else {
            redirect.addFlashAttribute("error", episode(id).leadName() + " already leads this episode");
        }
        return "redirect:/early-help/episodes/" + id;
    }

    @PostMapping("/early-help/episodes/{id}/assessment")
    String assessment(@PathVariable long id, @ModelAttribute("form") EarlyHelpForm form, BindingResult errors,
                      @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        EarlyHelpEpisode e = episode(id);
        List<FieldProblem> problems = EarlyHelpRules.assessment(e.startedOn(), today(), form.getAssessedDay(),
                form.getAssessedMonth(), form.getAssessedYear(), form.getSummary());
        if (problems.isEmpty() && !episodes.recordAssessment(id, form.getVersion(), date(form.getAssessedDay(),
                form.getAssessedMonth(), form.getAssessedYear()), form.getSummary(), user.getUsername())) {
            problems = List.of(stale(id, form));
        }
        return done(e, "assessment", problems, "Early help assessment recorded", form, errors, model, redirect);
    }

    @PostMapping("/early-help/episodes/{id}/review")
    String review(@PathVariable long id, @ModelAttribute("form") EarlyHelpForm form, BindingResult errors,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        EarlyHelpEpisode e = episode(id);
        List<FieldProblem> problems = EarlyHelpRules.review(e.startedOn(), today(), form.getHeldDay(),
                form.getHeldMonth(), form.getHeldYear(), form.getNote(), form.getNextDay(), form.getNextMonth(),
                form.getNextYear());
        if (problems.isEmpty() && !episodes.addReview(id, form.getVersion(), date(form.getHeldDay(),
                        form.getHeldMonth(), form.getHeldYear()), form.getNote(),
                date(form.getNextDay(), form.getNextMonth(), form.getNextYear()), user.getUsername())) {
            problems = List.of(stale(id, form));
        }
        return done(e, "review", problems, "Team around the family review recorded", form, errors, model, redirect);
    }

    @PostMapping("/early-help/episodes/{id}/end")
    String end(@PathVariable long id, @ModelAttribute("form") EarlyHelpForm form, BindingResult errors,
               @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        EarlyHelpEpisode e = episode(id);
        List<FieldProblem> problems = EarlyHelpRules.end(e.startedOn(), today(), form.getOutcome(),
                form.getEndedDay(), form.getEndedMonth(), form.getEndedYear());
        if (problems.isEmpty() && !episodes.end(id, form.getVersion(), EarlyHelpOutcome.parse(form.getOutcome()),
                date(form.getEndedDay(), form.getEndedMonth(), form.getEndedYear()), user.getUsername())) {
            problems = List.of(stale(id, form));
        }
        return done(e, "end", problems, "Early help episode ended", form, errors, model, redirect);
    }

    @PostMapping("/early-help/episodes/{id}/step-up")
    String stepUp(@PathVariable long id, @ModelAttribute("form") EarlyHelpForm form, BindingResult errors,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        EarlyHelpEpisode e = episode(id);
        try {
            long contactId = stepUp.stepUp(id, form, user);
            redirect.addFlashAttribute("success", e.childName() + " stepped up to the Front Door as contact "
                    + contactId + ". It is on the MASH queue for a decision.");
            return "redirect:/early-help/episodes/" + id;
        } catch (ContactRejected rejected) {
            rejected.problems().forEach(p -> reject(errors, stepUpField(p.field()), p.message()));
        } catch (EarlyHelpStepUp.Conflict conflict) {
            // Who and when, said the same way as on the other steps; the contact was not made either.
            errors.reject("conflict", stale(id, form).message());
            e = episode(id);
        }
        model.addAttribute("hasErrors", true);
        return stepPage(e, "step-up", model);
    }

    /** Saved: back to the episode. Refused: the same page, the typed text kept, the problems listed. */
    private String done(EarlyHelpEpisode e, String step, List<FieldProblem> problems, String success,
                        EarlyHelpForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (problems.isEmpty()) {
            accessLog.record(AccessLog.Action.CHANGE, success + " on early help episode " + e.id(), e.personId());
            redirect.addFlashAttribute("success", success);
            return "redirect:/early-help/episodes/" + e.id();
        }
        problems.forEach(p -> reject(errors, p.field(), p.message()));
        model.addAttribute("hasErrors", true);
        return stepPage(episode(e.id()), step, model);
    }

    private String stepPage(EarlyHelpEpisode e, String step, Model model) {
        if (!e.open()) {
            model.addAttribute("closedMessage", "This episode ended on " + ClosureRules.day(e.endedOn()) + " ("
                    + e.outcomeLabel() + "): nothing more can be recorded on it.");
        }
        accessLog.record(AccessLog.Action.VIEW, "Early help episode " + e.id() + " (" + step + ")", e.personId());
        model.addAttribute("episode", e);
        model.addAttribute("step", step);
        model.addAttribute("outcomes", EarlyHelpOutcome.endings());
        model.addAttribute("consents", List.of(Consent.GIVEN, Consent.REFUSED, Consent.NOT_SOUGHT));
        if (step.equals("step-up")) {
            model.addAttribute("named", stepUp.named(e));
            model.addAttribute("namesFather", stepUp.namesFather(e));
        }
        return "casework/early-help-" + step;
    }

    /**
     * Nothing saved: who changed the episode since the form was loaded, and when. The form keeps what was typed and
     * takes the version now current, so saving again is a deliberate choice made with the other change in view.
     */
    private FieldProblem stale(long id, EarlyHelpForm form) {
        EarlyHelpEpisode now = episode(id);
        form.setVersion(now.version());
        return new FieldProblem(null, now.open() ? lastChanges.changed(LastChanges.Record.EARLY_HELP, id, "this episode")
                : lastChanges.recorded(LastChanges.Record.EARLY_HELP, id, now.steppedUpContact() != null
                        ? "stepped this family up to the Front Door" : "ended this episode",
                        "nothing more can be recorded on it"));
    }

    private static void reject(BindingResult errors, String field, String message) {
        if (field == null) {
            errors.reject("invalid", message);
        } else {
            errors.rejectValue(field, "invalid", message);
        }
    }

    /** The contact's field names, as the intake rules report them, on the step-up form. */
    private static String stepUpField(String field) {
        return switch (field == null ? "" : field) {
            case "worries" -> "worries";
            case "consent.status" -> "consent";
            case "consent.givenBy", "consent.givenAt" -> "consentGivenBy";
            case "consent.reason" -> "consentReason";
            case "fatherNotKnownReason" -> "fatherNotKnownReason";
            default -> null;
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static LocalDate date(String day, String month, String year) {
        return DateFields.parse("", day, month, year).date();
    }

    private EarlyHelpEpisode episode(long id) {
        return episodes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
