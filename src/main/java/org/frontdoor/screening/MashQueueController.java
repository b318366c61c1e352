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
        long total = queue.count(filter, me);
        Page current = Page.of(page, total, PAGE_SIZE);
        Instant now = Instant.now();
        model.addAttribute("show", filter);
        model.addAttribute("shows", MashQueue.Show.values());
        model.addAttribute("rows", queue.page(filter, me, PAGE_SIZE, current.offset()));
        model.addAttribute("total", total);
        model.addAttribute("page", current.number());
        model.addAttribute("pages", current.pages());
        model.addAttribute("overdue", queue.overdue(now));
        model.addAttribute("screeningOverdue", queue.screeningOverdue(now));
        model.addAttribute("alerts", queue.alertsFor(me));
        return "screening/queue";
    }
}
