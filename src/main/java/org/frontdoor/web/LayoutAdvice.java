package org.frontdoor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.access.UserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the local authority's name, the signed-in user and their navigation. */
@ControllerAdvice
class LayoutAdvice {

    private final String laName;
    private final UserRepository users;

    LayoutAdvice(@Value("${frontdoor.la-name}") String laName, UserRepository users) {
        this.laName = laName;
        this.users = users;
    }

    @ModelAttribute("laName")
    String laName() {
        return laName;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    @ModelAttribute("currentAgency")
    String currentAgency(@AuthenticationPrincipal SignedInUser user) {
        if (user == null || user.agencyCode() == null) {
            return null;
        }
        return users.agencies().stream().filter(a -> a.code().equals(user.agencyCode()))
                .map(a -> a.name()).findFirst().orElse(user.agencyCode());
    }

    @ModelAttribute("navigation")
    List<Navigation.Item> navigation(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        return user == null ? List.of() : Navigation.forUser(user.roles(), request.getRequestURI());
    }
}
