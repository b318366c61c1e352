package org.frontdoor.screening;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator sets how long each RAG rating gives the MASH to screen (under /admin, so ADMIN only). */
@Controller
class ScreeningSettingsController {

    static final String PATH = "/admin/screening-clocks";

    private final ScreeningSettingsStore store;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    ScreeningSettingsController(ScreeningSettingsStore store, AccessLog accessLog, Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        this.store = store;
        this.accessLog = accessLog;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("rags", Rag.values());
        model.addAttribute("kinds", ClockRule.Kind.values());
    }

    @GetMapping(PATH)
    String show(Model model) {
        ScreeningSettingsForm form = ScreeningSettingsForm.of(store.load());
        form.setVersion(store.saved().version());
        model.addAttribute("form", form);
        return "screening/settings";
    }

    @PostMapping(PATH)
    @Transactional
    String save(@ModelAttribute("form") ScreeningSettingsForm form, BindingResult errors,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Map<Rag, ClockRule> rules = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            String field = rag.name().toLowerCase();
            ClockRule.Kind kind = kind(form.kind(rag));
            if (kind == null) {
                errors.rejectValue(field + "Kind", "kind", "Select how the " + rag.label().toLowerCase()
                        + " screening time is counted");
                continue;
            }
            String problem = ScreeningSettings.problem(rag, kind, form.amount(rag));
            if (problem != null) {
                errors.rejectValue(field + "Amount", "amount", problem);
                continue;
            }
            rules.put(rag, ScreeningSettings.rule(rag, kind, Integer.parseInt(form.amount(rag).strip())));
        }
        if (errors.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return "screening/settings";
        }
        ScreeningSettings settings = new ScreeningSettings(rules);
        int loaded = form.getVersion() == null ? store.saved().version() : form.getVersion();
        if (!store.save(settings, loaded, user.getUsername())) {
            ScreeningSettingsStore.Saved saved = store.saved();
            errors.reject("changed", ChangedMeanwhile.message("the screening clocks", saved.byName(), saved.at(),
                    zone, clock.instant()));
            form.setVersion(saved.version());
            model.addAttribute("hasErrors", true);
            return "screening/settings";
        }
        accessLog.record(AccessLog.Action.CHANGE, "Set screening clocks: red " + describe(settings, Rag.RED)
                + ", amber " + describe(settings, Rag.AMBER) + ", green " + describe(settings, Rag.GREEN), null);
        redirect.addFlashAttribute("success", "Screening clocks saved. They apply to ratings given from now on.");
        return "redirect:" + PATH;
    }

    private static String describe(ScreeningSettings settings, Rag rag) {
        return ScreeningSettings.describe(settings.rule(rag));
    }

    private static ClockRule.Kind kind(String text) {
        for (ClockRule.Kind k : ClockRule.Kind.values()) {
            if (k.name().equals(text)) {
                return k;
            }
        }
        return null;
    }
}
