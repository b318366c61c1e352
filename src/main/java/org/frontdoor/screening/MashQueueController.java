package org.frontdoor.screening;

import java.time.Instant;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.web.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The MASH's working list, a page at a time. */
@Controller
class MashQueueController {

    static final int PAGE_SIZE = 50;

    private final MashQueue queue;

    MashQueueController(MashQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/screening")
    String queue(@RequestParam(defaultValue = "all") String show, @RequestParam(defaultValue = "1") String page,
                 @AuthenticationPrincipal SignedInUser user, Model model) {
        MashQueue.Show filter = MashQueue.Show.parse(show);
        String me = user.getUsername();
        MashQueue.Counts counts = queue.counts(filter, me, Instant.now());
        long total = counts.shown();
        Page current = Page.of(page, total, PAGE_SIZE);
        model.addAttribute("show", filter);
        model.addAttribute("shows", MashQueue.Show.values());
        model.addAttribute("rows", queue.page(filter, me, PAGE_SIZE, current.offset()));
        model.addAttribute("total", total);
        model.addAttribute("page", current.number());
        model.addAttribute("pages", current.pages());
        model.addAttribute("overdue", counts.overdue());
        model.addAttribute("screeningOverdue", counts.screeningOverdue());
        model.addAttribute("alerts", queue.alertsFor(me));
        return "screening/queue";
    }
}
