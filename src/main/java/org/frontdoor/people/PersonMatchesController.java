package org.frontdoor.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The possible matches for someone being recorded, as an HTML fragment for the contact form to load as the worker
 * types. Lenient on purpose: a half-typed date is ignored rather than refused.
 */
@Controller
class PersonMatchesController {

    private final PersonMatcher matcher;
    private final RestrictedRecords restricted;

    PersonMatchesController(PersonMatcher matcher, RestrictedRecords restricted) {
        this.matcher = matcher;
        this.restricted = restricted;
    }

    @GetMapping("/people/matches")
    String matches(@RequestParam(required = false) String firstName, @RequestParam(required = false) String lastName,
                   @RequestParam(required = false) String dateOfBirth, @RequestParam(required = false) String nhsNumber,
                   @RequestParam(required = false) String postcode, Model model) {
        PersonSearch search = new PersonSearch(firstName, lastName, parseDate(dateOfBirth), nhsNumber, postcode);
        model.addAttribute("search", search);
        model.addAttribute("candidates", search.isSearchable() ? restricted.masked(matcher.candidates(search)) : null);
        return "people/matches :: candidates";
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
