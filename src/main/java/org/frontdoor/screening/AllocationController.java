package org.frontdoor.screening;

import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.intake.SubjectRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A MASH team manager allocates, or reallocates, a child's contact to a MASH worker. */
@Controller
class AllocationController {

    private final RagPage page;
    private final Allocations allocations;
    private final AccessLog accessLog;

    AllocationController(RagPage page, Allocations allocations, AccessLog accessLog) {
        this.page = page;
        this.allocations = allocations;
        this.accessLog = accessLog;
    }

    @PostMapping("/screening/subjects/{subjectId}/allocation")
    @Transactional
    String allocate(@PathVariable long subjectId, @ModelAttribute("allocationForm") AllocationForm form,
                    BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
                    RedirectAttributes redirect) {
        if (!user.has(Role.MASH_MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a MASH team manager allocates work");
        }
        RagRatings.Subject subject = page.subject(subjectId);
        if (subject.role() != SubjectRole.CHILD) {
            errors.reject("notChild", subject.name() + " is named as " + subject.role().label().toLowerCase()
                    + " on this contact. Only a child’s contact is RAG rated and allocated: open the child’s instead.");
        }
        Allocations.Worker worker = null;
        if (form.getWorker().isBlank()) {
            errors.rejectValue("worker", "required", "Select the MASH worker to allocate to");
        } else {
            worker = allocations.worker(form.getWorker()).orElse(null);
            if (worker == null) {
                errors.rejectValue("worker", "unknown", "Select a MASH social worker or manager from the list");
            } else if (allocations.current(subjectId).filter(a -> a.allocatedTo().equals(form.getWorker())).isPresent()) {
                errors.rejectValue("worker", "same", subject.name() + " is already allocated to "
                        + worker.displayName());
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return page.show(subject, model);
        }
        String previous = allocations.current(subjectId).map(Allocations.Allocation::allocatedTo).orElse(null);
        allocations.allocate(subjectId, worker.username(), user.getUsername());
        accessLog.record(AccessLog.Action.CHANGE, "Allocated " + subject.name() + " on contact " + subject.contactId()
                + " to " + worker.username() + (previous == null ? "" : " (was " + previous + ")"),
                RagController.childId(subject));
        redirect.addFlashAttribute("success", subject.name() + " allocated to " + worker.displayName());
        return "redirect:/screening/subjects/" + subjectId + "/rate";
    }
}
