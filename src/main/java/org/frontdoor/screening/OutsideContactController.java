package org.frontdoor.screening;

import java.time.Clock;
import java.time.ZoneId;
import org.frontdoor.access.AccessLog;
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

/** Recording a check made outside the MASH, such as a call to a school whose staff are not in the hub. */
@Controller
class OutsideContactController {

    private final Contacts contacts;
    private final OutsideContacts outside;
    private final AccessLog accessLog;
    private final ZoneId zone;
    private final Clock clock;

    OutsideContactController(Contacts contacts, OutsideContacts outside, AccessLog accessLog, ZoneId zone,
                             Clock clock) {
        this.contacts = contacts;
        this.outside = outside;
        this.accessLog = accessLog;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/screening/contacts/{contactId}/outside-contacts")
    String form(@PathVariable long contactId, Model model) {
        model.addAttribute("form", OutsideContactForm.at(clock.instant(), zone));
        return page(contact(contactId), model);
    }

    @PostMapping("/screening/contacts/{contactId}/outside-contacts")
    @Transactional
    String record(@PathVariable long contactId, @ModelAttribute("form") OutsideContactForm form, BindingResult errors,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        ContactView contact = contact(contactId);
        var at = form.validate(clock.instant(), zone, errors);
        if (at == null) {
            model.addAttribute("hasErrors", true);
            return page(contact, model);
        }
        outside.record(contactId, form, at, user.getUsername());
        InformationRequestController.logForChildren(accessLog, contacts.subjects(contactId), AccessLog.Action.CHANGE,
                "Recorded contact with " + form.getOrganisation().strip() + " outside the MASH on contact " + contactId);
        redirect.addFlashAttribute("success", "Contact with " + form.getOrganisation().strip() + " recorded");
        return "redirect:/contacts/" + contactId + "#information-requests";
    }

    private String page(ContactView contact, Model model) {
        var subjects = contacts.subjects(contact.id());
        InformationRequestController.logForChildren(accessLog, subjects, AccessLog.Action.VIEW,
                "Opened outside-MASH contact form for contact " + contact.id());
        model.addAttribute("contact", contact);
        model.addAttribute("children", ContactView.children(subjects));
        return "screening/outside-contact-form";
    }

    private ContactView contact(long id) {
        return contacts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
