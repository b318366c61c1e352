package org.frontdoor.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }

    /** Where Spring Security sends a signed-in user who may not open a page, or who has no role at all. */
    @GetMapping("/no-access")
    String noAccess() {
        return "no-access";
    }
}
