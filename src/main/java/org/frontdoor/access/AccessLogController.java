package org.frontdoor.access;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the access log by child or by user. */
@Controller
class AccessLogController {

    private final AccessLogSearch search;

    AccessLogController(AccessLogSearch search) {
        this.search = search;
    }

    @GetMapping("/admin/access-log")
    String search(@RequestParam(required = false) String child, @RequestParam(required = false) String user,
                  @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("user", user);
        Long childId = null;
        if (child != null && !child.isBlank()) {
            try {
                childId = Long.parseLong(child.trim());
            } catch (NumberFormatException e) {
                model.addAttribute("childError", "Enter the child's record number, like 1024");
                model.addAttribute("hasErrors", true);
                model.addAttribute("entries", List.of());
                return "admin/access-log";
            }
        }
        List<AccessLogSearch.Entry> entries = search.find(childId, user, before);
        model.addAttribute("entries", entries);
        if (entries.size() == AccessLogSearch.PAGE_SIZE) {
            model.addAttribute("nextBefore", entries.get(entries.size() - 1).id());
        }
        return "admin/access-log";
    }
}
