package org.frontdoor.intake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.access.AppUser;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.access.UserRepository;
import org.frontdoor.people.PersonMatcher;
import org.frontdoor.people.PersonSearch;
import org.frontdoor.people.RestrictedRecords;
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

/**
 * Recording a contact: MASH workers for phone calls, emails and visits; partner practitioners through the same form
 * as a web referral. Every press of a button saves the draft first, so nothing typed is lost. MASH workers search
 * the person index before adding anyone; partners never see the index, and the MASH matches their people.
 */
@Controller
class RecordContactController {

    /** The CIN census source a partner agency's own referrals usually carry; the partner may choose another. */
    private static final Map<String, String> AGENCY_SOURCE = Map.of("POLICE", "6", "HEALTH", "3F", "EDUCATION", "2A",
            "PROBATION", "7", "HOUSING", "4", "EARLY_HELP", "5D");

    private final ContactDrafts drafts;
    private final ContactRecorder recorder;
    private final PersonMatcher matcher;
    private final UserRepository users;
    private final ZoneId zone;
    private final Clock clock;
    private final RestrictedRecords restricted;

    RecordContactController(ContactDrafts drafts, ContactRecorder recorder, PersonMatcher matcher,
                            UserRepository users, ZoneId zone, Clock clock, RestrictedRecords restricted) {
        this.restricted = restricted;
        this.drafts = drafts;
        this.recorder = recorder;
        this.matcher = matcher;
        this.users = users;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/contacts/new")
    String start() {
        return "redirect:/contacts/drafts/" + UUID.randomUUID();
    }

    @GetMapping("/contacts/drafts/{token}")
    String show(@PathVariable UUID token, @AuthenticationPrincipal SignedInUser user, Model model) {
        ContactForm form = drafts.find(token, user.getUsername()).orElseGet(() -> {
            if (drafts.ownedByAnother(token, user.getUsername())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return fresh(user);
        });
        return page(token, form, user, model);
    }

    @PostMapping("/contacts/drafts/{token}")
    String act(@PathVariable UUID token, @AuthenticationPrincipal SignedInUser user,
               @ModelAttribute("form") ContactForm form, BindingResult errors, @RequestParam String action,
               @RequestParam(required = false) String choice, Model model, RedirectAttributes redirect) {
        if (drafts.ownedByAnother(token, user.getUsername())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean partner = isPartner(user);
        if (partner) {
            form.setRoute(Route.PARTNER_FORM.name());
        }
        if (action.startsWith("remove:")) {
            int i = Integer.parseInt(action.substring(7));
            if (i >= 0 && i < form.getPeople().size()) {
                form.getPeople().remove(i);
            }
        }
        drafts.save(token, user.getUsername(), form);
        switch (action) {
            case "find" -> {
                if (checkAdding(form, errors) && !partner) {
                    search(form, model);
                } else if (!errors.hasErrors()) {
                    add(form, null, false);
                    drafts.save(token, user.getUsername(), form);
                }
                return page(token, form, user, model);
            }
            case "add" -> {
                if (!checkAdding(form, errors)) {
                    return page(token, form, user, model);
                }
                if (!partner && (choice == null || choice.isBlank())) {
                    errors.rejectValue("adding", "choice", "Select the matching person, or ‘None of these’");
                    search(form, model);
                    return page(token, form, user, model);
                }
                add(form, partner || "new".equals(choice) ? null : Long.valueOf(choice), !partner && "new".equals(choice));
                drafts.save(token, user.getUsername(), form);
                return "redirect:/contacts/drafts/" + token + "#people";
            }
            case "record" -> {
                return record(token, form, user, errors, model, partner);
            }
            default -> {
                redirect.addFlashAttribute("success", "Draft saved");
                return "redirect:/contacts/drafts/" + token;
            }
        }
    }

    @PostMapping("/contacts/drafts/{token}/discard")
    String discard(@PathVariable UUID token, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if (drafts.find(token, user.getUsername()).isPresent()) {
            drafts.delete(token);
            redirect.addFlashAttribute("success", "Draft discarded");
        }
        return "redirect:/";
    }

    private String record(UUID token, ContactForm form, SignedInUser user, BindingResult errors, Model model,
                          boolean partner) {
        List<FieldProblem> unreadable = form.unreadable(zone);
        if (unreadable.isEmpty()) {
            try {
                NewContact contact = form.toContact(zone, partner ? Route.PARTNER_FORM : null,
                        partner ? referringAgency(user) : null, token);
                ContactRecorder.Recorded recorded = recorder.record(contact, user.getUsername());
                drafts.delete(token);
                return partner ? "redirect:/contacts/sent/" + recorded.contactId()
                        : "redirect:/contacts/" + recorded.contactId() + "?recorded";
            } catch (ContactRejected e) {
                unreadable = e.problems();
            }
        }
        for (FieldProblem p : unreadable) {
            errors.rejectValue(ContactForm.fieldFor(p.field()), "invalid", form.messageFor(p));
        }
        return page(token, form, user, model);
    }

    private void search(ContactForm form, Model model) {
        PersonEntry a = form.getAdding();
        model.addAttribute("candidates", restricted.masked(matcher.candidates(new PersonSearch(a.getFirstName(),
                a.getLastName(), DateFields.parse("", a.getDobDay(), a.getDobMonth(), a.getDobYear()).date(),
                a.getNhsNumber(), a.getPostcode()))));
        model.addAttribute("searched", true);
    }

    /** The person being added needs at least a name before a search or adding them means anything. */
    private static boolean checkAdding(ContactForm form, BindingResult errors) {
        PersonEntry a = form.getAdding();
        if (a.roleOrNull() == null) {
            errors.rejectValue("adding.role", "required", "Select who the person is");
        }
        if (a.getFirstName().isBlank()) {
            errors.rejectValue("adding.firstName", "required", "Enter their first name, or ‘Unknown’");
        }
        if (a.getLastName().isBlank()) {
            errors.rejectValue("adding.lastName", "required", "Enter their last name, or ‘Unknown’");
        }
        String dobProblem = DateFields.parse("Date of birth", a.getDobDay(), a.getDobMonth(), a.getDobYear()).problem();
        if (dobProblem != null) {
            errors.rejectValue("adding.dobDay", "invalid", dobProblem);
        }
        return !errors.hasErrors();
    }

    private static void add(ContactForm form, Long personId, boolean newPerson) {
        PersonEntry a = form.getAdding();
        a.setPersonId(personId);
        a.setNewPerson(newPerson);
        form.getPeople().add(a);
        form.setAdding(new PersonEntry());
    }

    private ContactForm fresh(SignedInUser user) {
        ContactForm form = new ContactForm();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        form.setReceivedDay(String.valueOf(now.getDayOfMonth()));
        form.setReceivedMonth(String.valueOf(now.getMonthValue()));
        form.setReceivedYear(String.valueOf(now.getYear()));
        form.setReceivedTime(now.format(DateTimeFormatter.ofPattern("HH:mm")));
        if (isPartner(user)) {
            form.setRoute(Route.PARTNER_FORM.name());
            form.setReferrerName(user.displayName());
            form.setSourceCode(AGENCY_SOURCE.getOrDefault(referringAgency(user), "8"));
            users.findByUsername(user.getUsername()).map(AppUser::email).ifPresent(form::setReferrerEmail);
            form.setReferrerAgency(agencyName(referringAgency(user)));
        }
        return form;
    }

    private String page(UUID token, ContactForm form, SignedInUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("hasErrors", model.asMap().get(BindingResult.MODEL_KEY_PREFIX + "form")
                instanceof BindingResult result && result.hasErrors());
        model.addAttribute("token", token);
        model.addAttribute("partner", isPartner(user));
        model.addAttribute("routes", java.util.Arrays.stream(Route.values()).filter(Route::recordedByWorker).toList());
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("roles", SubjectRole.values());
        model.addAttribute("consents", Consent.values());
        model.addAttribute("managers", users.findAll().stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.MASH_MANAGER)).toList());
        return "contacts/form";
    }

    private String agencyName(String code) {
        return users.agencies().stream().filter(a -> a.code().equals(code)).map(a -> a.name()).findFirst().orElse("");
    }

    /** Early help practitioners need not have an agency on their account: their service is the agency. */
    static String referringAgency(SignedInUser user) {
        return user.agencyCode() == null && user.has(Role.EARLY_HELP) ? "EARLY_HELP" : user.agencyCode();
    }

    /**
     * Referrers from outside the MASH use the form as partners do: partner agencies, and early help stepping a
     * family up to social care through the same front door, so the child keeps one history.
     */
    static boolean isPartner(SignedInUser user) {
        return (user.has(Role.PARTNER) || user.has(Role.EARLY_HELP))
                && !user.has(Role.MASH_SOCIAL_WORKER) && !user.has(Role.MASH_MANAGER);
    }
}
