package org.frontdoor.access;

import java.time.Clock;
import java.time.ZoneId;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the list of partner agencies the MASH asks for information and gives accounts and API keys to.
 * A deactivated agency drops out of every list a new choice is made from; what already refers to it stays.
 */
@Controller
@RequestMapping("/admin/agencies")
class AdminAgenciesController {

    private final AdminAgencies agencies;
    private final Clock clock;
    private final ZoneId zone;

    AdminAgenciesController(AdminAgencies agencies, Clock clock, ZoneId zone) {
        this.agencies = agencies;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agencies", agencies.findAll());
        return "admin/agencies";
    }

    @GetMapping("/new")
    String newAgency(Model model) {
        model.addAttribute("form", new AdminAgenciesForm());
        return form(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") AdminAgenciesForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        form.validate(true, errors);
        checkUnique(form, null, errors);
        if (!errors.hasErrors()) {
            try {
                agencies.create(form.getCode(), form.getName());
                redirect.addFlashAttribute("success", form.getName() + " added");
                return "redirect:/admin/agencies";
            } catch (DuplicateKeyException e) {
                checkUnique(form, null, errors); // another administrator got there first
                clashFallback(errors);
            }
        }
        model.addAttribute("hasErrors", true);
        return form(null, model);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        AdminAgencies.Row agency = agency(code);
        AdminAgenciesForm form = new AdminAgenciesForm();
        form.setCode(agency.code());
        form.setName(agency.name());
        form.setVersion(agency.version());
        model.addAttribute("form", form);
        return form(agency, model);
    }

    @PostMapping("/{code}")
    String rename(@PathVariable String code, @ModelAttribute("form") AdminAgenciesForm form, BindingResult errors,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        AdminAgencies.Row agency = agency(code);
        form.setCode(agency.code());
        int loaded = form.getVersion() == null ? agency.version() : form.getVersion();
        if (loaded != agency.version()) {
            return renamedMeanwhile(agency, form, errors, model);
        }
        form.validate(false, errors);
        checkUnique(form, agency.code(), errors);
        if (!errors.hasErrors()) {
            if (form.getName().equals(agency.name())) {
                return "redirect:/admin/agencies";
            }
            try {
                if (!agencies.rename(agency.code(), loaded, agency.name(), form.getName(), user.getUsername())) {
                    return renamedMeanwhile(agency(code), form, errors, model);
                }
                redirect.addFlashAttribute("success", agency.name() + " renamed " + form.getName());
                return "redirect:/admin/agencies";
            } catch (DuplicateKeyException e) {
                checkUnique(form, agency.code(), errors);
                clashFallback(errors);
            }
        }
        model.addAttribute("hasErrors", true);
        return form(agency, model);
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        AdminAgencies.Row agency = agency(code);
        if (agencies.setActive(agency.code(), false)) {
            redirect.addFlashAttribute("success", agency.name() + " deactivated: it can no longer be asked for "
                    + "information, given to new users, or use its API key");
        }
        return "redirect:/admin/agencies";
    }

    @PostMapping("/{code}/reactivate")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        AdminAgencies.Row agency = agency(code);
        if (agencies.setActive(agency.code(), true)) {
            redirect.addFlashAttribute("success", agency.name() + " reactivated");
        }
        return "redirect:/admin/agencies";
    }

    private void checkUnique(AdminAgenciesForm form, String exceptCode, BindingResult errors) {
        if (exceptCode == null && !errors.hasFieldErrors("code") && agencies.codeExists(form.getCode())) {
            errors.rejectValue("code", "taken", "An agency with the code " + form.getCode()
                    + " already exists – choose another code");
        }
        if (!errors.hasFieldErrors("name") && agencies.nameTaken(form.getName(), exceptCode)) {
            errors.rejectValue("name", "taken", "An agency called " + form.getName()
                    + " already exists – choose another name");
        }
    }

    /** Someone renamed the agency since the form was loaded: say who and when; the form takes the new version. */
    private String renamedMeanwhile(AdminAgencies.Row now, AdminAgenciesForm form, BindingResult errors, Model model) {
        errors.reject("changed", ChangedMeanwhile.message("this agency’s name (it is now " + now.name() + ")",
                now.updatedByName(), now.updatedAt(), zone, clock.instant()));
        form.setVersion(now.version());
        model.addAttribute("hasErrors", true);
        return form(now, model);
    }

    private static void clashFallback(BindingResult errors) {
        if (!errors.hasErrors()) {
            errors.reject("clash", "Another agency was saved with the same code or name just now – check the list and try again");
        }
    }

    private String form(AdminAgencies.Row agency, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("adding", agency == null);
        return "admin/agency-form";
    }

    private AdminAgencies.Row agency(String code) {
        return agencies.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
