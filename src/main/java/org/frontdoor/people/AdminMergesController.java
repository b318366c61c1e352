package org.frontdoor.people;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see every merge of person records and undo one made in error. */
@Controller
class AdminMergesController {

    private static final int SHOWN = 200;

    private final PersonMerge merges;

    AdminMergesController(PersonMerge merges) {
        this.merges = merges;
    }

    @GetMapping("/admin/merges")
    String list(Model model) {
        model.addAttribute("merges", merges.list(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "admin/merges";
    }

    @PostMapping("/admin/merges/{id}/undo")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        try {
            PersonMerge.Summary undone = merges.undo(id, SecurityContextHolder.getContext().getAuthentication().getName());
            redirect.addFlashAttribute("success", "Merge " + id + " undone: record " + undone.mergedPersonId()
                    + " (" + undone.mergedName() + ") is a record of its own again");
        } catch (PersonMerge.Refused e) {
            redirect.addFlashAttribute("undoError", e.getMessage());
            redirect.addFlashAttribute("undoErrorMerge", id);
        }
        return "redirect:/admin/merges";
    }
}
