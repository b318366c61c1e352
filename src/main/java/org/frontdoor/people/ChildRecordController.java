package org.frontdoor.people;

import org.frontdoor.access.AccessLog;
import org.frontdoor.intake.ContactHistory;
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

    ChildRecordController(PersonRepository people, ContactHistory contacts, AccessLog accessLog) {
        this.people = people;
        this.contacts = contacts;
        this.accessLog = accessLog;
    }

    @GetMapping("/children")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && q.trim().length() >= 2) {
            model.addAttribute("results", people.searchChildren(q, 50));
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
        accessLog.record(AccessLog.Action.VIEW, "Child's record", id);
        model.addAttribute("child", child);
        model.addAttribute("family", people.family(id));
        model.addAttribute("contacts", contacts.forChild(id));
        return "children/record";
    }
}
