package org.frontdoor.screening;

import java.time.ZoneId;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.intake.SubjectRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the screening page for one child's contact shows: rating, clocks, owner and both histories. */
@Component
class RagPage {

    static final String VIEW = "screening/rate";

    private final RagRatings ratings;
    private final Allocations allocations;
    private final ScreeningSettingsStore settings;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    RagPage(RagRatings ratings, Allocations allocations, ScreeningSettingsStore settings, WorkingCalendar calendar,
            ZoneId zone) {
        this.ratings = ratings;
        this.allocations = allocations;
        this.settings = settings;
        this.calendar = calendar;
        this.zone = zone;
    }

    RagRatings.Subject subject(long subjectId) {
        return ratings.subject(subjectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Fills the model; forms already in it (with what was typed and its errors) are kept. */
    String show(RagRatings.Subject subject, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("isChild", subject.role() == SubjectRole.CHILD);
        model.addAttribute("current", ratings.current(subject.id()).orElse(null));
        model.addAttribute("ratings", ratings.history(subject.id()));
        model.addAttribute("allocation", allocations.current(subject.id()).orElse(null));
        model.addAttribute("allocations", allocations.history(subject.id()));
        model.addAttribute("workers", allocations.workers());
        model.addAttribute("rags", Rag.values());
        ScreeningSettings rules = settings.load();
        model.addAttribute("rules", rules);
        // What each rating would set, so the worker sees the consequence before choosing.
        java.util.Map<Rag, java.time.Instant> wouldBeDue = new java.util.EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            wouldBeDue.put(rag, rules.due(rag, subject.receivedAt(), zone, calendar));
        }
        model.addAttribute("wouldBeDue", wouldBeDue);
        if (!model.containsAttribute("ragForm")) {
            model.addAttribute("ragForm", new RagForm());
        }
        if (!model.containsAttribute("allocationForm")) {
            model.addAttribute("allocationForm", new AllocationForm());
        }
        return VIEW;
    }
}
