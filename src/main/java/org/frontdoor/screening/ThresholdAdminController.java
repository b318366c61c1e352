package org.frontdoor.screening;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.web.Navigation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators change the threshold document by making a draft from the version in force, editing it and
 * publishing it. Published and retired versions are read-only. Every change is in the access log.
 */
@Controller
@RequestMapping("/admin/threshold")
class ThresholdAdminController {

    private final ThresholdDocuments documents;
    private final ThresholdDrafts drafts;
    private final AccessLog accessLog;
    private final String laName;

    ThresholdAdminController(ThresholdDocuments documents, ThresholdDrafts drafts, AccessLog accessLog,
                             @Value("${frontdoor.la-name}") String laName) {
        this.documents = documents;
        this.drafts = drafts;
        this.accessLog = accessLog;
        this.laName = laName;
    }

    @GetMapping
    String list(Model model) {
        List<ThresholdVersionSummary> versions = documents.versions();
        model.addAttribute("versions", versions);
        model.addAttribute("draft", versions.stream().filter(v -> v.status() == ThresholdStatus.DRAFT)
                .findFirst().orElse(null));
        return "admin/threshold-versions";
    }

    /** One draft at a time: asking for another opens the existing one. */
    @PostMapping("/drafts")
    String createDraft(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        var existing = documents.versions().stream().filter(v -> v.status() == ThresholdStatus.DRAFT).findFirst();
        if (existing.isPresent()) {
            redirect.addFlashAttribute("success", "There is already a draft, version " + existing.get().number()
                    + ": make your changes here");
            return "redirect:/admin/threshold/" + existing.get().id();
        }
        long id = drafts.createDraftFromCurrent(user.getUsername());
        ThresholdVersionSummary draft = summary(id);
        accessLog.record(AccessLog.Action.CHANGE, "Created draft version " + draft.number()
                + " of the threshold document from the published version", null);
        redirect.addFlashAttribute("success", "Draft version " + draft.number() + " created from the published version");
        return "redirect:/admin/threshold/" + id;
    }

    @GetMapping("/{id}")
    String version(@PathVariable long id, Model model) {
        model.addAttribute("summary", summary(id));
        model.addAttribute("version", version(id));
        model.addAttribute("domains", ThresholdDomain.values());
        return "admin/threshold-version";
    }

    @GetMapping("/{id}/levels/{level}")
    String levelForm(@PathVariable long id, @PathVariable int level, Model model) {
        ThresholdLevel l = level(editableVersion(id), level);
        model.addAttribute("form", ThresholdLevelForm.of(l));
        return levelPage(id, l, model);
    }

    @PostMapping("/{id}/levels/{level}")
    String saveLevel(@PathVariable long id, @PathVariable int level, @ModelAttribute("form") ThresholdLevelForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        ThresholdLevel l = level(editableVersion(id), level);
        form.validate(errors);
        if (errors.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return levelPage(id, l, model);
        }
        drafts.updateLevelDescription(id, level, form.getDescription());
        log(id, "changed the description of level " + level);
        redirect.addFlashAttribute("success", "Description of level " + level + " saved");
        return "redirect:/admin/threshold/" + id;
    }

    @GetMapping("/{id}/indicators/new")
    String newIndicator(@PathVariable long id, Model model) {
        editableVersion(id);
        model.addAttribute("form", new ThresholdIndicatorForm());
        return indicatorPage(id, null, model);
    }

    @PostMapping("/{id}/indicators")
    String addIndicator(@PathVariable long id, @ModelAttribute("form") ThresholdIndicatorForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        editableVersion(id);
        form.validate(errors);
        if (errors.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return indicatorPage(id, null, model);
        }
        drafts.addIndicator(id, form.parsedLevel(), form.parsedDomain(), form.getText());
        log(id, "added a level " + form.parsedLevel() + " indicator: " + form.getText());
        redirect.addFlashAttribute("success", "Indicator added to level " + form.parsedLevel());
        return "redirect:/admin/threshold/" + id;
    }

    @GetMapping("/{id}/indicators/{indicatorId}")
    String editIndicator(@PathVariable long id, @PathVariable long indicatorId, Model model) {
        ThresholdVersion v = editableVersion(id);
        ThresholdIndicator indicator = v.indicator(indicatorId).orElseThrow(ThresholdAdminController::notFound);
        model.addAttribute("form", ThresholdIndicatorForm.of(v.levelOf(indicatorId).orElseThrow(), indicator));
        return indicatorPage(id, indicatorId, model);
    }

    @PostMapping("/{id}/indicators/{indicatorId}")
    String saveIndicator(@PathVariable long id, @PathVariable long indicatorId,
                         @ModelAttribute("form") ThresholdIndicatorForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        ThresholdVersion v = editableVersion(id);
        ThresholdIndicator before = v.indicator(indicatorId).orElseThrow(ThresholdAdminController::notFound);
        form.validate(errors);
        if (errors.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return indicatorPage(id, indicatorId, model);
        }
        drafts.updateIndicator(id, indicatorId, form.parsedLevel(), form.parsedDomain(), form.getText());
        log(id, "changed a level " + v.levelOf(indicatorId).orElseThrow() + " indicator from: " + before.text()
                + " to level " + form.parsedLevel() + ": " + form.getText());
        redirect.addFlashAttribute("success", "Indicator saved");
        return "redirect:/admin/threshold/" + id;
    }

    @PostMapping("/{id}/indicators/{indicatorId}/remove")
    String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
        ThresholdVersion v = editableVersion(id);
        ThresholdIndicator indicator = v.indicator(indicatorId).orElseThrow(ThresholdAdminController::notFound);
        drafts.removeIndicator(id, indicatorId);
        log(id, "removed a level " + v.levelOf(indicatorId).orElseThrow() + " indicator: " + indicator.text());
        redirect.addFlashAttribute("success", "Indicator removed: " + indicator.text());
        return "redirect:/admin/threshold/" + id;
    }

    @GetMapping("/{id}/publish")
    String confirmPublish(@PathVariable long id, Model model) {
        editableVersion(id);
        model.addAttribute("form", new ThresholdPublishForm());
        return publishPage(id, model);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @ModelAttribute("form") ThresholdPublishForm form, BindingResult errors,
                   Model model, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        ThresholdVersion v = editableVersion(id);
        form.validate(errors);
        for (ThresholdLevel level : v.levels()) {
            if (level.indicators().isEmpty()) {
                errors.reject("emptyLevel", "Level " + level.level() + " has no indicators: add at least one "
                        + "before publishing");
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return publishPage(id, model);
        }
        drafts.publish(id, form.getNotes(), user.getUsername());
        log(id, "published it; the previous version is retired");
        redirect.addFlashAttribute("success", "Version " + summary(id).number()
                + " of the threshold document is published and in force");
        return "redirect:/admin/threshold";
    }

    /** A published or retired version: say so plainly, change nothing. */
    @ExceptionHandler(ThresholdVersionLocked.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String locked(ThresholdVersionLocked e, Model model, HttpServletRequest request) {
        // Controller advice does not reach an exception handler's model: give the layout what it needs here.
        model.addAttribute("laName", laName);
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user) {
            model.addAttribute("currentUser", user);
            model.addAttribute("navigation", Navigation.forUser(user.roles(), request.getRequestURI()));
        }
        model.addAttribute("locked", e);
        return "admin/threshold-locked";
    }

    private String levelPage(long id, ThresholdLevel level, Model model) {
        model.addAttribute("summary", summary(id));
        model.addAttribute("level", level);
        return "admin/threshold-level-form";
    }

    private String indicatorPage(long id, Long indicatorId, Model model) {
        model.addAttribute("summary", summary(id));
        model.addAttribute("indicatorId", indicatorId);
        model.addAttribute("levels", version(id).levels());
        model.addAttribute("domains", ThresholdDomain.values());
        return "admin/threshold-indicator-form";
    }

    private String publishPage(long id, Model model) {
        model.addAttribute("summary", summary(id));
        model.addAttribute("current", documents.summary(documents.current().id()).orElseThrow());
        return "admin/threshold-publish";
    }

    private void log(long id, String what) {
        accessLog.record(AccessLog.Action.CHANGE, "Threshold document version " + summary(id).number() + ": " + what,
                null);
    }

    private ThresholdVersion editableVersion(long id) {
        ThresholdVersion v = version(id);
        if (!v.editable()) {
            throw new ThresholdVersionLocked(summary(id).number(), v.status());
        }
        return v;
    }

    private ThresholdVersion version(long id) {
        return documents.find(id).orElseThrow(ThresholdAdminController::notFound);
    }

    private ThresholdVersionSummary summary(long id) {
        return documents.summary(id).orElseThrow(ThresholdAdminController::notFound);
    }

    private static ThresholdLevel level(ThresholdVersion v, int level) {
        return v.level(level).orElseThrow(ThresholdAdminController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
