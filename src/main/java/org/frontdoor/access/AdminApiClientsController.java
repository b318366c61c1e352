package org.frontdoor.access;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
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

/** Administrators give partner agencies' systems API keys for the partner API, and revoke them. */
@Controller
@RequestMapping("/admin/api-clients")
class AdminApiClientsController {

    private final ApiClients clients;
    private final UserRepository users;
    private final AccessLog accessLog;

    AdminApiClientsController(ApiClients clients, UserRepository users, AccessLog accessLog) {
        this.clients = clients;
        this.users = users;
        this.accessLog = accessLog;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("clients", clients.findAll());
        return "admin/api-clients";
    }

    @GetMapping("/new")
    String newClient(Model model) {
        model.addAttribute("form", new ApiClientForm());
        model.addAttribute("agencies", users.agencies());
        return "admin/api-client-form";
    }

    /**
     * Shows the new key on this response rather than redirecting: a redirect would have to carry the key through
     * the session, which is stored in the database.
     */
    @PostMapping
    String create(@Valid @ModelAttribute("form") ApiClientForm form, BindingResult errors, Model model,
                  HttpServletResponse response) {
        if (form.getAgencyCode().isBlank()) {
            errors.rejectValue("agencyCode", "required", "Select the agency whose system will use the key");
        } else if (!users.agencyExists(form.getAgencyCode())) {
            errors.rejectValue("agencyCode", "unknown", "Select an agency from the list");
        }
        if (errors.hasErrors()) {
            model.addAttribute("agencies", users.agencies());
            model.addAttribute("hasErrors", true);
            return "admin/api-client-form";
        }
        String by = currentUsername();
        ApiClients.Created created = clients.create(form.getAgencyCode(), form.getName(), by);
        created.replaced().ifPresent(old -> accessLog.record(AccessLog.Action.CHANGE, "Revoked API key "
                + old.keyPrefix() + "… of " + old.agencyName() + " (replaced by a new key)", null));
        ApiClient c = created.client();
        accessLog.record(AccessLog.Action.CHANGE, "Created API key " + c.keyPrefix() + "… for " + c.agencyName()
                + " (" + c.name() + ")", null);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("client", c);
        model.addAttribute("key", created.key());
        model.addAttribute("replaced", created.replaced().orElse(null));
        return "admin/api-client-created";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        ApiClient c = clients.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (clients.revoke(id, currentUsername())) {
            accessLog.record(AccessLog.Action.CHANGE, "Revoked API key " + c.keyPrefix() + "… of " + c.agencyName()
                    + " (" + c.name() + ")", null);
            redirect.addFlashAttribute("success", "API key " + c.keyPrefix() + "… of " + c.agencyName()
                    + " revoked: it no longer works");
        }
        return "redirect:/admin/api-clients";
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
