package org.frontdoor.performance;

import java.time.Clock;
import java.time.ZoneId;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.intake.FieldProblem;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance analyst's targets, tolerances and published comparators, and the 0 to 17 population. */
@Controller
class TargetsController {

    private final Targets targets;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    TargetsController(Targets targets, AccessLog accessLog, Clock clock, @Value("${frontdoor.zone}") String zone) {
        this.targets = targets;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/performance/targets")
    String list(Model model) {
        model.addAttribute("indicators", Indicators.ALL);
        model.addAttribute("targets", targets.all());
        if (!model.containsAttribute("population")) {
            Targets.Population saved = targets.populationSaved();
            model.addAttribute("population", String.valueOf(saved.value()));
            model.addAttribute("populationVersion", saved.version());
        }
        return "performance/targets";
    }

    @PostMapping("/performance/population")
    String population(@RequestParam(defaultValue = "") String population,
                      @RequestParam(required = false) Integer version, @AuthenticationPrincipal SignedInUser user,
                      Model model, RedirectAttributes redirect) {
        String typed = population.strip().replace(",", "");
        String error = null;
        int value = 0;
        if (typed.isEmpty()) {
            error = "Enter the number of children aged 0 to 17";
        } else if (!typed.matches("\\d{1,8}")) {
            error = "The number of children must be a whole number, for example 48000";
        } else {
            value = Integer.parseInt(typed);
            if (value < 1 || value > 10_000_000) {
                error = "The number of children must be between 1 and 10,000,000";
            }
        }
        // No version (not from the form): over whatever is saved now.
        int loaded = version == null ? targets.populationSaved().version() : version;
        if (error == null && !targets.savePopulation(value, loaded, user.getUsername())) {
            Targets.Population saved = targets.populationSaved();
            error = ChangedMeanwhile.message("the population", saved.byName(), saved.at(), zone, clock.instant());
            loaded = saved.version();
        }
        if (error != null) {
            model.addAttribute("population", population);
            model.addAttribute("populationVersion", loaded);
            model.addAttribute("populationError", error);
            return list(model);
        }
        accessLog.record(AccessLog.Action.CHANGE, "Vital Signs 0 to 17 population set to " + value, null);
        redirect.addFlashAttribute("success", "Population saved");
        return "redirect:/performance/targets";
    }

    @GetMapping("/performance/targets/{id}")
    String edit(@PathVariable String id, Model model) {
        Indicator indicator = indicator(id);
        model.addAttribute("indicator", indicator);
        TargetForm form = TargetForm.of(targets.of(id));
        form.setVersion(targets.saved(id).version());
        model.addAttribute("form", form);
        return "performance/target";
    }

    @PostMapping("/performance/targets/{id}")
    String save(@PathVariable String id, @ModelAttribute("form") TargetForm form, BindingResult errors,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Indicator indicator = indicator(id);
        for (FieldProblem p : form.problems(indicator)) {
            errors.rejectValue(p.field(), p.field(), p.message());
        }
        if (errors.hasErrors()) {
            model.addAttribute("indicator", indicator);
            return "performance/target";
        }
        Target t = form.toTarget(id);
        if (!targets.save(t, form.getVersion(), user.getUsername())) {
            Targets.Saved saved = targets.saved(id);
            errors.reject("changed", ChangedMeanwhile.message("this target", saved.byName(), saved.at(), zone,
                    clock.instant()));
            form.setVersion(saved.version());
            model.addAttribute("indicator", indicator);
            return "performance/target";
        }
        accessLog.record(AccessLog.Action.CHANGE, "Vital Signs target for " + indicator.name() + ": " + t, null);
        redirect.addFlashAttribute("success", "Target and comparators saved for " + indicator.name());
        return "redirect:/performance/targets";
    }

    private static Indicator indicator(String id) {
        return Indicators.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
