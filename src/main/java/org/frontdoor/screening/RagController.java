package org.frontdoor.screening;

import java.time.Instant;
import java.time.ZoneId;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.intake.SubjectRole;
import org.frontdoor.web.Formats;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A MASH worker or manager RAG-rates a child's contact, which sets its screening clock from the time received. */
@Controller
class RagController {

    private final RagPage page;
    private final RagRatings ratings;
    private final ScreeningSettingsStore settings;
    private final AccessLog accessLog;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Formats fmt;

    RagController(RagPage page, RagRatings ratings, ScreeningSettingsStore settings, AccessLog accessLog,
                  WorkingCalendar calendar, ZoneId zone, Formats fmt) {
        this.page = page;
        this.ratings = ratings;
        this.settings = settings;
        this.accessLog = accessLog;
        this.calendar = calendar;
        this.zone = zone;
        this.fmt = fmt;
    }

    @GetMapping("/screening/subjects/{subjectId}/rate")
    String rate(@PathVariable long subjectId, Model model) {
        RagRatings.Subject subject = page.subject(subjectId);
        accessLog.record(AccessLog.Action.VIEW, "Viewed screening of contact " + subject.contactId(),
                childId(subject));
        return page.show(subject, model);
    }

    @PostMapping("/screening/subjects/{subjectId}/rag")
    @Transactional
    String rag(@PathVariable long subjectId, @ModelAttribute("ragForm") RagForm form, BindingResult errors,
               @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        RagRatings.Subject subject = page.subject(subjectId);
        if (subject.role() != SubjectRole.CHILD) {
            errors.reject("notChild", subject.name() + " is named as " + subject.role().label().toLowerCase()
                    + " on this contact. Only a child’s contact is RAG rated and allocated: open the child’s instead.");
        }
        Rag rag = Rag.parse(form.getRating()).orElse(null);
        if (form.getRating().isBlank()) {
            errors.rejectValue("rating", "required", "Select a RAG rating: red, amber or green");
        } else if (rag == null) {
            errors.rejectValue("rating", "unknown", "RAG rating must be red, amber or green");
        }
        if (form.getReason().isBlank()) {
            errors.rejectValue("reason", "required", "Enter why you gave this rating");
        } else if (form.getReason().length() > 4000) {
            errors.rejectValue("reason", "tooLong", "Reason must be 4,000 characters or fewer");
        }
        if (errors.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return page.show(subject, model);
        }
        String previous = ratings.current(subjectId).map(r -> r.rating().label()).orElse(null);
        Instant due = settings.load().due(rag, subject.receivedAt(), zone, calendar);
        ratings.rate(subject, rag, form.getReason().strip(), due, user.getUsername());
        accessLog.record(AccessLog.Action.CHANGE, "RAG rated " + subject.name() + " on contact " + subject.contactId()
                + " " + rag.label() + (previous == null ? "" : " (was " + previous + ")"), childId(subject));
        redirect.addFlashAttribute("success", subject.name() + " rated " + rag.label().toLowerCase()
                + ": screen by " + fmt.dateTime(due));
        return "redirect:/screening/subjects/" + subjectId + "/rate";
    }

    static Long childId(RagRatings.Subject subject) {
        return subject.role() == SubjectRole.CHILD ? subject.personId() : null;
    }
}
