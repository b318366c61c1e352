package org.frontdoor.casework;

import java.time.Clock;
import org.frontdoor.access.AccessLog;
import org.frontdoor.people.PersonRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The child's journey: one timeline from first contact to closure, for whoever may open the child's record. */
@Controller
class JourneyController {

    private final Journey journey;
    private final PersonRepository people;
    private final AccessLog accessLog;
    private final Clock clock;
    private final org.frontdoor.people.RestrictedRecords restricted;

    JourneyController(Journey journey, PersonRepository people, AccessLog accessLog, Clock clock,
                      org.frontdoor.people.RestrictedRecords restricted) {
        this.restricted = restricted;
        this.journey = journey;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/children/{personId}/journey")
    String journey(@PathVariable long personId, Model model) {
        var child = people.findById(personId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        restricted.check(personId); // issue 10: restricted records
        accessLog.record(AccessLog.Action.VIEW, "Child's journey", personId);
        Journey.View view = journey.of(personId, clock.instant());
        model.addAttribute("child", child);
        model.addAttribute("summary", view.summary());
        model.addAttribute("entries", view.entries());
        return "casework/journey";
    }
}
