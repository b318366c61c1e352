package org.frontdoor.people;

import java.util.Optional;
import org.frontdoor.access.AccessLog;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A manager merges a duplicate into the record open in front of them: choose the duplicate, compare the two side by
 * side, give the reason, confirm. The record the manager started from is the one kept.
 */
@Controller
@RequestMapping("/people/{id}/merge")
class PersonMergeController {

    private final PersonRepository people;
    private final PersonMatcher matcher;
    private final PersonMerge merges;
    private final AccessLog accessLog;
    private final RestrictedRecords restricted;

    PersonMergeController(PersonRepository people, PersonMatcher matcher, PersonMerge merges, AccessLog accessLog,
                          RestrictedRecords restricted) {
        this.restricted = restricted;
        this.people = people;
        this.matcher = matcher;
        this.merges = merges;
        this.accessLog = accessLog;
    }

    /** Step 1: the records that may be the same person, found from this record's details, or a number typed in. */
    @GetMapping
    String choose(@PathVariable long id, @RequestParam(required = false) String firstName,
                  @RequestParam(required = false) String lastName, Model model) {
        model.addAttribute("form", new MergeForm());
        return choosePage(id, firstName, lastName, model);
    }

    /** Step 2: both records side by side, and the reason. */
    @GetMapping("/confirm")
    String confirm(@PathVariable long id, @ModelAttribute("form") MergeForm form, BindingResult errors, Model model) {
        Optional<Long> duplicate = checkDuplicate(id, form, errors);
        if (duplicate.isEmpty()) {
            model.addAttribute("hasErrors", true);
            return choosePage(id, null, null, model);
        }
        return confirmPage(id, duplicate.get(), model);
    }

    @PostMapping
    String merge(@PathVariable long id, @ModelAttribute("form") MergeForm form, BindingResult errors, Model model) {
        Optional<Long> duplicate = checkDuplicate(id, form, errors);
        if (duplicate.isEmpty()) {
            model.addAttribute("hasErrors", true);
            return choosePage(id, null, null, model);
        }
        if (form.getReason().isEmpty()) {
            errors.rejectValue("reason", "required", "Enter why you are sure these records are the same person");
        } else if (form.getReason().length() > 2000) {
            errors.rejectValue("reason", "long", "Reason must be 2,000 characters or fewer");
        }
        if (!errors.hasErrors()) {
            try {
                long mergeId = merges.merge(id, duplicate.get(), form.getReason(), currentUsername());
                return "redirect:/people/" + id + "/merge/done/" + mergeId;
            } catch (PersonMerge.Refused e) {
                // Someone merged one of the two while this form was open.
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("hasErrors", true);
        return confirmPage(id, duplicate.get(), model);
    }

    @GetMapping("/done/{mergeId}")
    String done(@PathVariable long id, @PathVariable long mergeId, Model model) {
        PersonMerge.Summary merge = merges.find(mergeId).filter(m -> m.keptPersonId() == id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("merge", merge);
        return "people/merge-done";
    }

    private String choosePage(long id, String firstName, String lastName, Model model) {
        Person kept = person(id);
        PersonSearch search = new PersonSearch(firstName == null ? kept.firstName() : firstName,
                lastName == null ? kept.lastName() : lastName, kept.dateOfBirth(), kept.nhsNumber(), kept.postcode());
        model.addAttribute("kept", kept);
        model.addAttribute("search", search);
        model.addAttribute("candidates", restricted.masked(matcher.candidates(search).stream()
                .filter(c -> c.personId() != id).toList()));
        return "people/merge-choose";
    }

    /** Shows both records in full, so both views are logged as any record's would be. */
    private String confirmPage(long id, long duplicate, Model model) {
        accessLog.record(AccessLog.Action.VIEW, "Merge check with record " + duplicate, id);
        accessLog.record(AccessLog.Action.VIEW, "Merge check with record " + id, duplicate);
        model.addAttribute("kept", person(id));
        model.addAttribute("duplicate", person(duplicate));
        model.addAttribute("keptLinks", merges.links(id));
        model.addAttribute("duplicateLinks", merges.links(duplicate));
        return "people/merge-confirm";
    }

    /** The duplicate's record number, if it names a record that can be merged into this one. */
    private Optional<Long> checkDuplicate(long id, MergeForm form, BindingResult errors) {
        person(id);
        if (form.getDuplicateId().isEmpty()) {
            errors.rejectValue("duplicateId", "required", "Enter the record number of the duplicate");
            return Optional.empty();
        }
        long duplicate;
        try {
            duplicate = Long.parseLong(form.getDuplicateId());
        } catch (NumberFormatException e) {
            errors.rejectValue("duplicateId", "number", "Record number must be a number, like 12345");
            return Optional.empty();
        }
        Optional<String> problem = merges.problem(id, duplicate);
        if (problem.isPresent()) {
            errors.rejectValue("duplicateId", "invalid", problem.get());
            return Optional.empty();
        }
        return Optional.of(duplicate);
    }

    private Person person(long id) {
        return people.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
