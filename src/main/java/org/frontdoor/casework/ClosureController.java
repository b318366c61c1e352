package org.frontdoor.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.intake.DateFields;
import org.frontdoor.intake.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
 * Closing a referral with its DfE reason: an assessment team social worker (or manager) requests it, and another
 * assessment team manager signs it off. The referral shows as closed only once signed off.
 */
@Controller
class ClosureController {

    private final Closures closures;
    private final AccessLog accessLog;
    private final LastChanges lastChanges;
    private final ZoneId zone;
    private final Clock clock;

    ClosureController(Closures closures, AccessLog accessLog, LastChanges lastChanges, ZoneId zone, Clock clock) {
        this.closures = closures;
        this.lastChanges = lastChanges;
        this.accessLog = accessLog;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/casework/referrals/{referralId}/closure")
    String form(@PathVariable long referralId, Model model) {
        Closures.Referral r = referral(referralId);
        ClosureForm form = closures.forReferral(referralId).map(ClosureController::formOf).orElseGet(ClosureForm::new);
        model.addAttribute("form", form);
        return page(r, model);
    }

    @PostMapping("/casework/referrals/{referralId}/closure")
    @Transactional
    String request(@PathVariable long referralId, @ModelAttribute("form") ClosureForm form, BindingResult errors,
                   @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Closures.Referral r = referral(referralId);
        Optional<Closures.Closure> existing = closures.forReferral(referralId);
        List<FieldProblem> problems = new ArrayList<>();
        DateFields.Parsed closedOn = DateFields.parse("The closure date", form.getClosedOnDay(),
                form.getClosedOnMonth(), form.getClosedOnYear());
        if (closedOn.problem() != null) {
            problems.add(new FieldProblem("closedOnDay", closedOn.problem()));
        } else if (closedOn.date() == null) {
            problems.add(new FieldProblem("closedOnDay", "Enter the date the case closed"));
        }
        ClosureReason reason = ClosureReason.parse(form.getReasonCode());
        problems.addAll(ClosureRules.check(reason, closedOn.date(), form.getNote(), closures.facts(r), today()));
        if (existing.isPresent() && existing.get().signedOff()) {
            problems.add(0, new FieldProblem(null, signedOffMeanwhile(existing.get())));
        }
        if (problems.isEmpty() && existing.isPresent() && form.getVersion() == null) {
            problems.add(new FieldProblem(null, lastChanges.changed(LastChanges.Record.CLOSURE, existing.get().id(),
                    "this closure")));
        } else if (problems.isEmpty()) {
            boolean saved = existing.isEmpty()
                    ? closures.request(r, reason, closedOn.date(), form.getNote(), user.getUsername(),
                            clock.instant()).isPresent()
                    : closures.revise(existing.get().id(), form.getVersion(), reason, closedOn.date(), form.getNote(),
                            user.getUsername(), clock.instant());
            if (saved) {
                accessLog.record(AccessLog.Action.CHANGE, "Requested closure of referral " + referralId + " ("
                        + reason.name() + ")", r.personId());
                redirect.addFlashAttribute("success", "Closure requested (" + reason.codeAndLabel()
                        + "). The referral closes when an assessment team manager signs it off.");
                return "redirect:/casework/referrals/" + referralId + "/closure";
            }
            Closures.Closure now = closures.forReferral(referralId).orElseThrow();
            problems.add(new FieldProblem(null, now.signedOff() ? signedOffMeanwhile(now)
                    : lastChanges.changed(LastChanges.Record.CLOSURE, now.id(), "this closure")));
        }
        // What was typed stays, at the version now current: saving again replaces theirs, knowingly.
        closures.forReferral(referralId).ifPresent(c -> form.setVersion(c.version()));
        problems.forEach(p -> reject(errors, p));
        model.addAttribute("kept", true);
        model.addAttribute("hasErrors", true);
        return page(r, model);
    }

    @PostMapping("/casework/closures/{id}/sign-off")
    @Transactional
    String signOff(@PathVariable long id, @RequestParam(required = false) Integer version,
                   @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Closures.Closure c = closures.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Closures.Referral r = referral(c.referralId());
        String refusal = null;
        if (!user.has(Role.ASSESSMENT_MANAGER)) {
            refusal = "Only an assessment team manager can sign off a closure";
        } else if (c.requestedBy().equals(user.getUsername())) {
            refusal = "You requested this closure, so you cannot sign it off: another assessment team manager must";
        } else if (c.signedOff()) {
            refusal = lastChanges.happened(LastChanges.Record.CLOSURE, id, "signed off this closure")
                    + ": the referral is closed";
        } else {
            // The record may have moved on since the request (a plan started): the rules are checked again.
            List<FieldProblem> problems = ClosureRules.check(ClosureReason.parse(c.reasonCode()), c.closedOn(),
                    c.note(), closures.facts(r), today());
            if (!problems.isEmpty()) {
                refusal = "This closure cannot be signed off: " + problems.get(0).message();
            } else if (version == null || !closures.signOff(id, version, user.getUsername(), clock.instant())) {
                // The page below shows the closure as it now is, and its sign-off button carries that version.
                refusal = lastChanges.happened(LastChanges.Record.CLOSURE, id, "changed this closure")
                        + ". Nothing was signed off: read the closure below as it now is, then sign it off if it is "
                        + "right";
            }
        }
        if (refusal != null) {
            ClosureForm form = formOf(c);
            model.addAttribute("form", form);
            model.addAttribute("signOffError", refusal);
            model.addAttribute("hasErrors", true);
            return page(r, model);
        }
        accessLog.record(AccessLog.Action.CHANGE, "Signed off closure of referral " + r.id() + " (" + c.reasonCode()
                + ")", r.personId());
        redirect.addFlashAttribute("success", "Closure signed off: the referral is closed (" + c.reasonLabel() + ")");
        return "redirect:/casework/referrals/" + r.id() + "/closure";
    }

    /** A request refused because a manager signed the closure off after the form was opened. */
    private String signedOffMeanwhile(Closures.Closure c) {
        return lastChanges.recorded(LastChanges.Record.CLOSURE, c.id(), "signed off this closure",
                "the referral is closed and its closure cannot be changed");
    }

    private String page(Closures.Referral r, Model model) {
        accessLog.record(AccessLog.Action.VIEW, "Closure of referral " + r.id(), r.personId());
        model.addAttribute("referral", r);
        closures.forReferral(r.id()).ifPresent(c -> model.addAttribute("closure", c));
        model.addAttribute("reasons", ClosureReason.values());
        return "casework/closure";
    }

    private static ClosureForm formOf(Closures.Closure c) {
        ClosureForm f = new ClosureForm();
        f.setReasonCode(c.reasonCode());
        f.setClosedOnDay("" + c.closedOn().getDayOfMonth());
        f.setClosedOnMonth("" + c.closedOn().getMonthValue());
        f.setClosedOnYear("" + c.closedOn().getYear());
        f.setNote(c.note());
        f.setVersion(c.version());
        return f;
    }

    private static void reject(BindingResult errors, FieldProblem p) {
        if (p.field() == null) {
            errors.reject("closure", p.message());
        } else {
            errors.rejectValue(p.field(), "closure", p.message());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private Closures.Referral referral(long id) {
        return closures.referral(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
