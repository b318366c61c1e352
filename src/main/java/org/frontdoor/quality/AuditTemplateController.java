package org.frontdoor.quality;

import java.time.Clock;
import org.frontdoor.access.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A QA officer's audit templates: every version, a draft of the next, and publishing it. */
@Controller
class AuditTemplateController {

    private final AuditTemplates templates;
    private final Clock clock;

    AuditTemplateController(AuditTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/quality/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "quality/templates";
    }

    @GetMapping("/quality/templates/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("template", template(id));
        return "quality/template";
    }

    @PostMapping("/quality/templates/{id}/draft")
    String draft(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        template(id);
        return "redirect:/quality/templates/" + templates.draftFrom(id, user.getUsername());
    }

    @PostMapping("/quality/templates/{id}/questions")
    String addQuestion(@PathVariable long id, @RequestParam(defaultValue = "0") long sectionId,
                       @RequestParam(defaultValue = "") String sectionTitle, @RequestParam(defaultValue = "") String text,
                       @RequestParam(defaultValue = "") String hint, Model model) {
        AuditTemplate t = draft(id);
        boolean newSection = sectionId == 0;
        if (text.isBlank() || (newSection && sectionTitle.isBlank())
                || (!newSection && templates.templateOfSection(sectionId).filter(s -> s == id).isEmpty())) {
            model.addAttribute("template", t);
            model.addAttribute("problem", text.isBlank() ? "Enter the question" : "Enter the new section’s title");
            model.addAttribute("text", text);
            model.addAttribute("hint", hint);
            model.addAttribute("sectionTitle", sectionTitle);
            return "quality/template";
        }
        templates.addQuestion(newSection ? templates.addSection(id, sectionTitle) : sectionId, text, hint);
        return "redirect:/quality/templates/" + id;
    }

    @PostMapping("/quality/templates/{id}/questions/{question}/remove")
    String removeQuestion(@PathVariable long id, @PathVariable long question) {
        draft(id);
        if (templates.templateOfQuestion(question).filter(t -> t == id).isPresent()) {
            templates.removeQuestion(question);
        }
        return "redirect:/quality/templates/" + id;
    }

    @PostMapping("/quality/templates/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        AuditTemplate t = draft(id);
        templates.publish(id, user.getUsername(), clock.instant());
        redirect.addFlashAttribute("success", t.title() + " published: new audits use it; audits already begun "
                + "keep the version they started on");
        return "redirect:/quality/templates";
    }

    private AuditTemplate template(long id) {
        return templates.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Only a draft changes: a published version is what its audits were graded on. */
    private AuditTemplate draft(long id) {
        AuditTemplate t = template(id);
        if (!t.draft()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A published audit template cannot change");
        }
        return t;
    }
}
