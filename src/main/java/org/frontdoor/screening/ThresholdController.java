package org.frontdoor.screening;

import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The threshold document in force, for every signed-in role: partners read it before they refer. */
@Controller
class ThresholdController {

    private final ThresholdDocuments documents;

    ThresholdController(ThresholdDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/threshold")
    String current(@AuthenticationPrincipal SignedInUser user, Model model) {
        ThresholdVersion version = documents.current();
        model.addAttribute("version", version);
        model.addAttribute("summary", documents.summary(version.id()).orElseThrow());
        model.addAttribute("domains", ThresholdDomain.values());
        model.addAttribute("canManage", user.has(Role.ADMIN));
        return "screening/threshold";
    }
}
