package org.frontdoor.screening;

import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The partner portal's list of the agency's referrals with the outcome each child's contact reached. */
@Controller
class PartnerReferralsController {

    private final PartnerReferrals referrals;
    private final AccessLog accessLog;

    PartnerReferralsController(PartnerReferrals referrals, AccessLog accessLog) {
        this.referrals = referrals;
        this.accessLog = accessLog;
    }

    @GetMapping("/partner/referrals")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("referrals", user.agencyCode() == null ? java.util.List.of()
                : referrals.forAgency(user.agencyCode(), 200));
        accessLog.record(AccessLog.Action.VIEW, "Partner portal: outcomes of " + user.agencyCode() + " referrals", null);
        return "screening/partner-referrals";
    }
}
