package org.frontdoor.people;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.access.UserRepository;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Restricting a child's record to named users, and a manager's break-glass open of one. */
@Controller
class RestrictedRecordController {

    private final RestrictedRecords restricted;
    private final PersonRepository people;
    private final UserRepository users;
    private final Clock clock;
    private final ZoneId zone;

    RestrictedRecordController(RestrictedRecords restricted, PersonRepository people, UserRepository users,
                               Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        this.restricted = restricted;
        this.people = people;
        this.users = users;
    }

    @GetMapping("/children/{id}/restriction")
    String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        exists(id);
        restricted.check(id);
        var current = restricted.of(id);
        return page(id, restricted.lastChange(id).version(), current.map(RestrictedRecords.Restriction::reason).orElse(""),
                current.map(RestrictedRecords.Restriction::owner).orElse(user.getUsername()),
                current.map(r -> String.join("\n", r.users())).orElse(""), Map.of(), model);
    }

    @PostMapping("/children/{id}/restriction")
    String restrict(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String named,
                    @RequestParam(required = false) Integer version, @AuthenticationPrincipal SignedInUser user,
                    Model model, RedirectAttributes redirect) {
        exists(id);
        restricted.check(id);
        // No version (not from the form): over whatever is saved now.
        int loaded = version == null ? restricted.lastChange(id).version() : version;
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason.isBlank()) {
            errors.put("reason", "Enter why the record is restricted");
        }
        if (users.findByUsername(owner.strip()).isEmpty()) {
            errors.put("owner", "Enter the username of the record's owner");
        }
        List<String> names = Arrays.stream(named.split("[\\s,]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        List<String> unknown = names.stream().filter(n -> users.findByUsername(n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            errors.put("named", "There is no user called " + String.join(", ", unknown));
        }
        if (!errors.isEmpty()) {
            return page(id, loaded, reason, owner, named, errors, model);
        }
        if (!restricted.restrict(id, loaded, reason.strip(), owner.strip(), names, user)) {
            // The form takes the version now saved, so that saving again (after checking theirs) works.
            RestrictedRecords.LastChange now = restricted.lastChange(id);
            return page(id, now.version(), reason, owner, named, Map.of("reason", ChangedMeanwhile.message(
                    "this record’s restriction", now.byName(), now.at(), zone, clock.instant())), model);
        }
        redirect.addFlashAttribute("success", "Record restricted");
        return "redirect:/children/" + id;
    }

    @PostMapping("/children/{id}/break-glass")
    String breakGlass(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                      @AuthenticationPrincipal SignedInUser user, Model model) {
        exists(id);
        var restriction = restricted.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (reason.isBlank()) {
            model.addAttribute("restriction", restriction);
            model.addAttribute("breakGlassError", "Enter why you need to open this record now");
            model.addAttribute("hasErrors", true);
            return "people/restricted";
        }
        restricted.breakGlass(id, reason.strip(), user);
        return "redirect:/children/" + id;
    }

    private void exists(long id) {
        if (people.findById(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(long id, int version, String reason, String owner, String named, Map<String, String> errors,
                        Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("version", version);
        model.addAttribute("reason", reason);
        model.addAttribute("owner", owner);
        model.addAttribute("named", named);
        model.addAttribute("errors", errors);
        model.addAttribute("hasErrors", !errors.isEmpty());
        return "people/restriction";
    }
}
