package org.frontdoor.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.people.NewPerson;
import org.frontdoor.people.PersonMatcher;
import org.frontdoor.people.PersonRepository;
import org.frontdoor.people.PersonSearch;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The MASH's view of a contact: consent at the top, each child's clock and history, matching people, overrides. */
@Controller
class ContactController {

    /** One child's history at a glance, with the re-referral warning if a referral now would be one. */
    record ChildHistory(ContactView.Subject child, List<ContactSummary> contacts, List<ContactHistory.Referral> referrals,
                        LocalDate previousReferral, long daysSincePrevious) {
    }

    private final Contacts contacts;
    private final ContactHistory history;
    private final ContactDrafts drafts;
    private final PersonMatcher matcher;
    private final PersonRepository people;
    private final AccessLog accessLog;
    private final ZoneId zone;
    private final org.frontdoor.people.RestrictedRecords restricted;

    ContactController(Contacts contacts, ContactHistory history, ContactDrafts drafts, PersonMatcher matcher,
                      PersonRepository people, AccessLog accessLog, ZoneId zone,
                      org.frontdoor.people.RestrictedRecords restricted) {
        this.restricted = restricted;
        this.contacts = contacts;
        this.history = history;
        this.drafts = drafts;
        this.matcher = matcher;
        this.people = people;
        this.accessLog = accessLog;
        this.zone = zone;
    }

    @GetMapping("/contacts")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("contacts", contacts.recent(50));
        model.addAttribute("drafts", drafts.forOwner(user.getUsername()));
        return "contacts/list";
    }

    @GetMapping("/contacts/{id}")
    String view(@PathVariable long id, @RequestParam(required = false) Long match,
                @AuthenticationPrincipal SignedInUser user, Model model) {
        ContactView contact = contacts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Issue 10: early help reads the contacts that reached early help, not every contact the MASH holds.
        if (earlyHelpOnly(user) && !contacts.reachesEarlyHelp(id, user.getUsername())) {
            accessLog.record(AccessLog.Action.DENIED, "Early help asked for contact " + id, null);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<ContactView.Subject> subjects = contacts.subjects(id);
        // Issue 10: a contact about a restricted child opens only to those named on the child's record.
        ContactView.children(subjects).stream().filter(c -> c.personId() != null)
                .forEach(c -> restricted.check(c.personId()));
        LocalDate received = LocalDate.ofInstant(contact.receivedAt(), zone);
        Map<Long, ChildHistory> histories = new LinkedHashMap<>();
        for (ContactView.Subject child : ContactView.children(subjects)) {
            if (child.personId() != null) {
                histories.put(child.id(), historyOf(child, id, received));
                accessLog.record(AccessLog.Action.VIEW, "Viewed contact " + id, child.personId());
            }
        }
        if (histories.isEmpty()) {
            accessLog.record(AccessLog.Action.VIEW, "Viewed contact " + id + " (children not yet matched)", null);
        }
        model.addAttribute("contact", contact);
        model.addAttribute("subjects", subjects);
        model.addAttribute("histories", histories);
        if (match != null) {
            subjects.stream().filter(s -> s.id() == match && s.personId() == null).findFirst().ifPresent(s -> {
                model.addAttribute("matching", s);
                model.addAttribute("candidates", restricted.masked(matcher.candidates(new PersonSearch(
                        s.firstName(), s.lastName(), s.dateOfBirth(), s.nhsNumber(), s.postcode()))));
            });
        }
        return "contacts/view";
    }

    private ChildHistory historyOf(ContactView.Subject child, long contactId, LocalDate received) {
        List<ContactSummary> earlier = history.forChild(child.personId()).stream()
                .filter(c -> c.id() != contactId).toList();
        List<ContactHistory.Referral> referrals = history.referrals(child.personId());
        Optional<LocalDate> previous = ReReferral.previousWithin12Months(referrals.stream()
                .map(r -> LocalDate.ofInstant(r.referredAt(), zone)).toList(), received);
        return new ChildHistory(child, earlier, referrals, previous.orElse(null),
                previous.map(p -> ReReferral.daysBetween(p, received)).orElse(0L));
    }

    /** Links a person the contact names to an existing record, or to a new one made from the referrer's details. */
    @PostMapping("/contacts/{id}/subjects/{subjectId}/link")
    @Transactional
    String link(@PathVariable long id, @PathVariable long subjectId, @RequestParam(required = false) String choice,
                @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        ContactView.Subject s = contacts.subject(id, subjectId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (choice == null || choice.isBlank()) {
            redirect.addFlashAttribute("error", "Select the matching person, or ‘None of these’");
            return "redirect:/contacts/" + id + "?match=" + subjectId + "#matching";
        }
        long personId = "new".equals(choice)
                ? people.create(new NewPerson(s.firstName(), s.lastName(), s.dateOfBirth(), s.sex(), s.nhsNumber(),
                        s.postcode()), user.getUsername())
                : Long.parseLong(choice);
        if (people.findById(personId).isEmpty() || !contacts.link(subjectId, personId, user.getUsername())) {
            redirect.addFlashAttribute("error", s.name() + " is already matched, or that record no longer exists");
            return "redirect:/contacts/" + id;
        }
        accessLog.record(AccessLog.Action.CHANGE, "Matched " + s.role().label().toLowerCase() + " on contact " + id
                + " to person " + personId, s.role().isChild() ? personId : null);
        redirect.addFlashAttribute("success", s.name() + " matched to record " + personId);
        return "redirect:/contacts/" + id;
    }

    /** A manager's decision to proceed although the family refused: its own step, with the manager's name. */
    @PostMapping("/contacts/{id}/consent-override")
    String overrideRefusal(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                           @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if (!user.has(Role.MASH_MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a MASH team manager can override a refusal");
        }
        if (reason.isBlank()) {
            redirect.addFlashAttribute("overrideError", "Enter why the refusal is being overridden");
            return "redirect:/contacts/" + id + "#consent";
        }
        if (!contacts.overrideRefusal(id, reason.strip(), user.getUsername())) {
            redirect.addFlashAttribute("overrideError", "Only a refusal not already overridden can be overridden");
            return "redirect:/contacts/" + id + "#consent";
        }
        for (ContactView.Subject child : ContactView.children(contacts.subjects(id))) {
            accessLog.record(AccessLog.Action.CHANGE, "Overrode consent refusal on contact " + id, child.personId());
        }
        redirect.addFlashAttribute("success", "Refusal of consent overridden");
        return "redirect:/contacts/" + id;
    }

    /** What a partner sees after referring: their reference and what happens next, not the MASH's record. */
    @GetMapping("/contacts/sent/{id}")
    String sent(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ContactView contact = contacts.find(id)
                .filter(c -> c.partnerAgency() != null
                        && c.partnerAgency().equals(RecordContactController.referringAgency(user)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("contact", contact);
        model.addAttribute("children", ContactView.children(contacts.subjects(id)).size());
        return "contacts/sent";
    }

    private static boolean earlyHelpOnly(SignedInUser user) {
        return user.has(Role.EARLY_HELP) && !user.has(Role.MASH_SOCIAL_WORKER) && !user.has(Role.MASH_MANAGER)
                && !user.has(Role.ASSESSMENT_SOCIAL_WORKER) && !user.has(Role.ASSESSMENT_MANAGER)
                && !user.has(Role.QA_OFFICER);
    }
}
