package org.frontdoor.screening;

import java.time.Clock;
import java.time.ZoneId;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner practitioner's queue of the MASH's questions to their agency, and their answers. */
@Controller
class PartnerQueueController {

    private final PartnerQueue queue;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    PartnerQueueController(PartnerQueue queue, AccessLog accessLog, Clock clock, ZoneId zone) {
        this.zone = zone;
        this.queue = queue;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/partner/requests")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        String agency = user.agencyCode();
        model.addAttribute("noAgency", agency == null);
        model.addAttribute("awaiting", agency == null ? java.util.List.of() : queue.awaiting(agency));
        model.addAttribute("answered", agency == null ? java.util.List.of() : queue.answeredRecently(agency, 20));
        model.addAttribute("now", clock.instant());
        return "screening/partner-queue";
    }

    @GetMapping("/partner/requests/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        PartnerQueue.Item item = item(id, user);
        model.addAttribute("answer", "");
        model.addAttribute("nothingKnown", false);
        return page(item, model);
    }

    @PostMapping("/partner/requests/{id}")
    @Transactional
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer,
                  @RequestParam(defaultValue = "false") boolean nothingKnown,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        PartnerQueue.Item item = item(id, user);
        String problem = null;
        if (item.answer() != null) {
            problem = answeredMeanwhile(item);
        } else if (answer.isBlank()) {
            problem = nothingKnown ? "Enter which systems you checked, even though nothing is known"
                    : "Enter what your agency knows about the child";
        } else if (!queue.answer(id, user.agencyCode(), answer.strip(), nothingKnown, user.getUsername())) {
            problem = answeredMeanwhile(item(id, user));
        }
        if (problem != null) {
            model.addAttribute("answer", answer);
            model.addAttribute("nothingKnown", nothingKnown);
            model.addAttribute("answerError", problem);
            model.addAttribute("hasErrors", true);
            return page(queue.find(id, user.agencyCode()).orElse(item), model);
        }
        for (PartnerQueue.Child child : queue.children(item.contactId())) {
            accessLog.record(AccessLog.Action.CHANGE, "Answered information request " + id + " for "
                    + item.agencyCode() + " on contact " + item.contactId(), child.personId());
        }
        redirect.addFlashAttribute("success", "Answer sent to the MASH");
        return "redirect:/partner/requests";
    }

    /** An answer is sent once: whoever comes second learns who answered and when, and keeps what they typed. */
    private String answeredMeanwhile(PartnerQueue.Item answered) {
        return answered.answeredBy() + " answered this request at "
                + ChangedMeanwhile.when(answered.answeredAt(), zone, clock.instant())
                + ", and a request is answered once. Nothing was sent: what you typed is below. If you know more, "
                + "make a new contact or call the MASH";
    }

    private String page(PartnerQueue.Item item, Model model) {
        var children = queue.children(item.contactId());
        for (PartnerQueue.Child child : children) {
            accessLog.record(AccessLog.Action.VIEW, "Partner viewed information request " + item.id() + " for "
                    + item.agencyCode() + " on contact " + item.contactId(), child.personId());
        }
        model.addAttribute("item", item);
        model.addAttribute("children", children);
        model.addAttribute("status", item.status(clock.instant()));
        return "screening/partner-answer";
    }

    /** Only the user's own agency's requests exist for them: any other is not found, not forbidden. */
    private PartnerQueue.Item item(long id, SignedInUser user) {
        if (user.agencyCode() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return queue.find(id, user.agencyCode()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
