package org.frontdoor.people;

import org.frontdoor.access.AccessLog;
import java.time.LocalDate;
import java.time.ZoneId;
import org.frontdoor.intake.ContactHistory;
import org.frontdoor.intake.ReReferral;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ChildRecordController {

    private final PersonRepository people;
    private final ContactHistory contacts;
    private final AccessLog accessLog;
    private final PersonMerge merges;
    private final RestrictedRecords restricted;

    private final ZoneId zone;

    ChildRecordController(PersonRepository people, ContactHistory contacts, AccessLog accessLog, PersonMerge merges,
                          ZoneId zone, RestrictedRecords restricted) {
        this.restricted = restricted;
        this.zone = zone;
        this.people = people;
        this.contacts = contacts;
        this.accessLog = accessLog;
        this.merges = merges;
    }

    @GetMapping("/children")
    String search(@RequestParam(required = false) String q, Model model,
                  @org.springframework.security.core.annotation.AuthenticationPrincipal
                  org.frontdoor.access.SignedInUser user) {
        model.addAttribute("q", q);
        if (q != null && q.trim().length() >= 2) {
            var results = people.searchChildren(q, 50);
            model.addAttribute("results", results);
            // Issue 10: a restricted child shows as a match with whom to ask, not who they are.
            model.addAttribute("restrictedOwners", restricted.hiddenOwners(results.stream().map(Person::id).toList(),
                    user.getUsername()));
        } else if (q != null) {
            model.addAttribute("queryError", "Enter at least 2 letters of the child's name");
            model.addAttribute("hasErrors", true);
        }
        return "children/search";
    }

    /** Opening a child's record is itself recorded, whoever opens it. */
    @GetMapping("/children/{id}")
    String record(@PathVariable long id, Model model) {
        Person child = people.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        restricted.check(id); // issue 10: a restricted record opens only to those named on it
        accessLog.record(AccessLog.Action.VIEW, "Child's record", id);
        model.addAttribute("child", child);
        // A merged record's history now lives on the record it was merged into.
        var merge = merges.mergeOf(id);
        if (merge.isPresent()) {
            model.addAttribute("merge", merge.get());
            return "people/merged-record";
        }
        model.addAttribute("family", people.family(id));
        model.addAttribute("contacts", contacts.forChild(id));
        var referrals = contacts.referrals(id);
        model.addAttribute("referrals", referrals);
        LocalDate today = LocalDate.now(zone);
        ReReferral.previousWithin12Months(referrals.stream().map(r -> LocalDate.ofInstant(r.referredAt(), zone))
                .toList(), today.plusDays(1)).ifPresent(previous -> model.addAttribute("reReferralSince", previous));
        return "children/record";
    }
}
