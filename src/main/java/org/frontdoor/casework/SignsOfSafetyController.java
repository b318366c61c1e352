package org.frontdoor.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.people.Person;
import org.frontdoor.people.PersonRepository;
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

/** A child's Signs of Safety mappings: the list with the scores over time, a new mapping, and one mapping. */
@Controller
class SignsOfSafetyController {

    private final SignsOfSafetyMappings mappings;
    private final Assessments assessments;
    private final PersonRepository people;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    SignsOfSafetyController(SignsOfSafetyMappings mappings, Assessments assessments, PersonRepository people,
                            AccessLog accessLog, Clock clock, ZoneId zone) {
        this.mappings = mappings;
        this.assessments = assessments;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/casework/children/{personId}/signs-of-safety")
    String list(@PathVariable long personId, Model model) {
        Person child = child(personId);
        List<SignsOfSafetyMapping> all = mappings.forChild(personId);
        accessLog.record(AccessLog.Action.VIEW, "Signs of Safety mappings", personId);
        model.addAttribute("child", child);
        model.addAttribute("mappings", all);
        model.addAttribute("chart", SignsOfSafetyChart.of(all));
        model.addAttribute("givenBy", SignsOfSafetyMapping.GivenBy.values());
        return "casework/signs-of-safety";
    }

    @GetMapping("/casework/children/{personId}/signs-of-safety/new")
    String form(@PathVariable long personId, @RequestParam(required = false) Long assessment, Model model) {
        Person child = child(personId);
        SignsOfSafetyForm form = new SignsOfSafetyForm();
        if (assessment != null) {
            form.setAssessmentId(String.valueOf(assessment));
        }
        accessLog.record(AccessLog.Action.VIEW, "New Signs of Safety mapping form", personId);
        return page(child, form, model);
    }

    @PostMapping("/casework/children/{personId}/signs-of-safety/new")
    String create(@PathVariable long personId, @ModelAttribute("form") SignsOfSafetyForm form, BindingResult binding,
                  @AuthenticationPrincipal SignedInUser user, Model model) {
        Person child = child(personId);
        SignsOfSafetyRules.Checked checked = SignsOfSafetyRules.check(form, LocalDate.now(clock.withZone(zone)),
                assessments.forPerson(personId).stream().map(Assessment::id).toList());
        if (!checked.problems().isEmpty()) {
            checked.problems().forEach(p -> binding.rejectValue(p.field(), "sos", p.message()));
            model.addAttribute("hasErrors", true);
            return page(child, form, model);
        }
        int number = mappings.create(personId, new SignsOfSafetyMappings.NewMapping(checked.assessmentId(),
                checked.meetingOn(), text(form.getHarm()), text(form.getDangerStatements()),
                text(form.getComplicatingFactors()), text(form.getExistingSafety()), text(form.getStrengths()),
                text(form.getSafetyGoals()), text(form.getNextSteps()), text(form.getChildWorries()),
                text(form.getChildGoodThings()), text(form.getChildDreams()), checked.scores()), user.getUsername());
        return "redirect:/casework/children/" + personId + "/signs-of-safety/" + number;
    }

    @GetMapping("/casework/children/{personId}/signs-of-safety/{number}")
    String view(@PathVariable long personId, @PathVariable int number, Model model) {
        Person child = child(personId);
        SignsOfSafetyMapping m = mappings.find(personId, number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        accessLog.record(AccessLog.Action.VIEW, "Signs of Safety mapping " + number, personId);
        model.addAttribute("child", child);
        model.addAttribute("mapping", m);
        return "casework/signs-of-safety-mapping";
    }

    private String page(Person child, SignsOfSafetyForm form, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("givenBy", SignsOfSafetyMapping.GivenBy.values());
        model.addAttribute("assessments", assessments.forPerson(child.id()));
        StringBuilder order = new StringBuilder("meetingDay,assessmentId,harm");
        for (int i = 0; i < form.getScales().size(); i++) {
            order.append(",scales[").append(i).append("].givenBy,scales[").append(i).append("].name,scales[")
                    .append(i).append("].score");
        }
        model.addAttribute("errorOrder", order.toString());
        return "casework/signs-of-safety-form";
    }

    private Person child(long personId) {
        return people.findById(personId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
