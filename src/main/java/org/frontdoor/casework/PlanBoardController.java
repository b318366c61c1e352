package org.frontdoor.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.calendar.ClockStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Child protection at a glance: strategy discussions to hold, s47 enquiries to conference, plans to review. */
@Controller
class PlanBoardController {

    /** Plans whose next review falls within this many days (or is overdue) are listed. */
    static final int REVIEW_HORIZON_DAYS = 28;

    private final StrategyDiscussions discussions;
    private final S47Enquiries enquiries;
    private final Plans plans;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    PlanBoardController(StrategyDiscussions discussions, S47Enquiries enquiries, Plans plans, AccessLog accessLog,
                        Clock clock, ZoneId zone) {
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.plans = plans;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/casework/child-protection")
    String board(Model model) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<PlanBoardRow<StrategyDiscussions.Discussion>> strategy = discussions.open().stream()
                .map(d -> new PlanBoardRow<>(d, new org.frontdoor.calendar.Clock(d.requestedAt(), d.dueBy())
                        .status(now, Duration.ofHours(2)))).toList();
        List<PlanBoardRow<S47Enquiries.Enquiry>> s47 = enquiries.open().stream()
                .map(e -> new PlanBoardRow<>(e, ConferenceClocks.status(e.icpcDueOn(), null, today))).toList();
        List<PlanBoardRow<Plans.Plan>> reviews = plans.open().stream()
                .filter(p -> !p.nextReviewDue().isAfter(today.plusDays(REVIEW_HORIZON_DAYS)))
                .map(p -> new PlanBoardRow<>(p, ConferenceClocks.status(p.nextReviewDue(), null, today))).toList();
        model.addAttribute("strategy", strategy);
        model.addAttribute("s47", s47);
        model.addAttribute("reviews", reviews);
        model.addAttribute("horizon", REVIEW_HORIZON_DAYS);
        accessLog.record(AccessLog.Action.VIEW, "Opened the child protection list", null);
        return "casework/plan-board";
    }
}
