package org.frontdoor.access;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
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

/** Administrators add users, give them roles and an agency, and disable accounts. Nothing here deletes a user. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{3,40}");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    AdminUsersController(UserRepository users, PasswordEncoder encoder, AccessLog accessLog, Clock clock,
                         ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        this.users = users;
        this.encoder = encoder;
        this.accessLog = accessLog;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("agencies", users.agencies());
        model.addAttribute("allRoles", Role.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.findAll());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        model.addAttribute("adding", true);
        return "admin/user-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (form.getUsername().isBlank()) {
            errors.rejectValue("username", "required", "Enter a username");
        } else if (!USERNAME.matcher(form.getUsername()).matches()) {
            errors.rejectValue("username", "pattern", "Username must be 3 to 40 letters, numbers, dots, hyphens or underscores");
        } else if (users.findByUsername(form.getUsername()).isPresent()) {
            errors.rejectValue("username", "taken", "Username is already in use – choose another");
        }
        checkPassword(form, errors);
        checkAgency(form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("adding", true);
            model.addAttribute("hasErrors", true);
            return "admin/user-form";
        }
        users.create(new NewUser(form.getUsername(), form.getDisplayName(), form.emailOrNull(), form.agencyOrNull(),
                form.teamOrNull(), form.getRoles()), encoder.encode(form.getPassword()), currentUsername());
        accessLog.record(AccessLog.Action.CHANGE, "Added user " + form.getUsername().toLowerCase()
                + " with roles " + form.getRoles(), null);
        redirect.addFlashAttribute("success", "User " + form.getDisplayName() + " added");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AppUser user = users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("user", user);
        model.addAttribute("agencies", users.agenciesKeeping(user.agencyCode()));
        model.addAttribute("adding", false);
        return "admin/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  @AuthenticationPrincipal SignedInUser admin, Model model, RedirectAttributes redirect) {
        AppUser user = users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.setUsername(user.username());
        model.addAttribute("agencies", users.agenciesKeeping(user.agencyCode()));
        // A user whose agency was deactivated keeps it; they cannot be moved to another inactive one.
        if (!form.getAgencyCode().equals(user.agencyCode())) {
            checkAgency(form, errors);
        }
        if (!form.getPassword().isEmpty()) {
            checkPassword(form, errors);
        }
        if (!errors.hasErrors()) {
            boolean saved = users.update(id, form.getVersion(), form.getDisplayName(), form.emailOrNull(),
                    form.agencyOrNull(), form.teamOrNull(), form.isEnabled(), form.getRoles(), admin.getUsername());
            if (!saved) {
                UserRepository.LastChange last = users.lastChange(id);
                errors.reject("stale", ChangedMeanwhile.message("this user", last.byName(), last.at(), zone,
                        clock.instant()));
                // The form now carries the version saved, so that saving again (after checking theirs) works.
                form.setVersion(last.version());
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("user", user);
            model.addAttribute("adding", false);
            model.addAttribute("hasErrors", true);
            return "admin/user-form";
        }
        if (!form.getPassword().isEmpty()) {
            users.setPassword(id, encoder.encode(form.getPassword()));
        }
        accessLog.record(AccessLog.Action.CHANGE, "Changed user " + user.username() + ": roles " + form.getRoles()
                + (form.isEnabled() ? "" : ", account disabled")
                + (form.getPassword().isEmpty() ? "" : ", password reset"), null);
        redirect.addFlashAttribute("success", "Changes to " + form.getDisplayName() + " saved");
        return "redirect:/admin/users";
    }

    private static void checkPassword(UserForm form, BindingResult errors) {
        if (form.getPassword().length() < MIN_PASSWORD_LENGTH) {
            errors.rejectValue("password", "short", "Password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (form.getPassword().length() > 128) {
            errors.rejectValue("password", "long", "Password must be 128 characters or fewer");
        }
    }

    private void checkAgency(UserForm form, BindingResult errors) {
        if (form.getAgencyCode().isBlank()) {
            if (form.getRoles().contains(Role.PARTNER)) {
                errors.rejectValue("agencyCode", "required", "Select the agency a partner agency practitioner works for");
            }
        } else if (!users.agencyExists(form.getAgencyCode())) {
            errors.rejectValue("agencyCode", "unknown", "Select an agency from the list");
        }
    }

    private static String currentUsername() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
