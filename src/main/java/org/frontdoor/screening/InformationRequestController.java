package org.frontdoor.screening;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Agency;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.intake.ContactView;
import org.frontdoor.intake.Contacts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A MASH worker or manager asks partner agencies what they know about the children on a contact. */
@Controller
class InformationRequestController {

    private final Contacts contacts;
    private final InformationRequests requests;
    private final AccessLog accessLog;
    private final ZoneId zone;
    private final Clock clock;

    InformationRequestController(Contacts contacts, InformationRequests requests, AccessLog accessLog, ZoneId zone,
                                 Clock clock) {
        this.contacts = contacts;
        this.requests = requests;
        this.accessLog = accessLog;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/screening/contacts/{contactId}/requests")
    String form(@PathVariable long contactId, Model model) {
        ContactView contact = contact(contactId);
        var due = InformationRequestDue.suggested(requests.deadline(contactId), clock.instant());
        model.addAttribute("form", InformationRequestForm.dueAt(due, zone));
        return page(contact, "Opened information requests for contact " + contactId, model);
    }

    @PostMapping("/screening/contacts/{contactId}/requests")
    @Transactional
    String ask(@PathVariable long contactId, @ModelAttribute("form") InformationRequestForm form, BindingResult errors,
               @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        ContactView contact = contact(contactId);
        Map<String, String> active = requests.activeAgencies().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a, LinkedHashMap::new));
        var due = form.validate(active, clock.instant(), zone, errors);
        if (due == null) {
            model.addAttribute("hasErrors", true);
            return page(contact, "Opened information requests for contact " + contactId, model);
        }
        List<String> chosen = form.chosenAgencies();
        int made = requests.ask(contactId, chosen, form.getQuestion().strip(), due, token(form), user.getUsername());
        String names = chosen.stream().map(active::get).collect(Collectors.joining(", "));
        if (made > 0) {
            logForChildren(accessLog, contacts.subjects(contactId), AccessLog.Action.CHANGE,
                    "Asked " + names + " for information on contact " + contactId);
        }
        redirect.addFlashAttribute("success", "Information requested from " + names);
        return "redirect:/contacts/" + contactId + "#information-requests";
    }

    private String page(ContactView contact, String what, Model model) {
        var subjects = contacts.subjects(contact.id());
        logForChildren(accessLog, subjects, AccessLog.Action.VIEW, what);
        model.addAttribute("contact", contact);
        model.addAttribute("children", ContactView.children(subjects));
        model.addAttribute("agencies", requests.activeAgencies());
        return "screening/request-form";
    }

    private ContactView contact(long id) {
        return contacts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A tampered token is treated as a fresh form rather than an error: the worst case is asking twice. */
    private static UUID token(InformationRequestForm form) {
        try {
            return UUID.fromString(form.getToken());
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }

    /** One access-log line per child on the contact, or one without a child while none is matched yet. */
    static void logForChildren(AccessLog log, List<ContactView.Subject> subjects, AccessLog.Action action,
                               String what) {
        List<Long> children = ContactView.children(subjects).stream().map(ContactView.Subject::personId)
                .filter(java.util.Objects::nonNull).toList();
        if (children.isEmpty()) {
            log.record(action, what + " (children not yet matched)", null);
        }
        for (Long child : children) {
            log.record(action, what, child);
        }
    }
}
