package org.frontdoor.people;

import jakarta.servlet.http.HttpServletRequest;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.web.Navigation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Wherever a restricted record would open, the user sees that it exists and whom to ask, with a 403. An exception
 * handler gets no @ModelAttribute values, so the layout's are set here.
 */
@ControllerAdvice
class RestrictedRecordAdvice {

    private final String laName;

    RestrictedRecordAdvice(@Value("${frontdoor.la-name}") String laName) {
        this.laName = laName;
    }

    @ExceptionHandler(RecordRestricted.class)
    ModelAndView restricted(RecordRestricted e, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("people/restricted");
        page.setStatus(HttpStatus.FORBIDDEN);
        page.addObject("restriction", e.restriction());
        page.addObject("laName", laName);
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user) {
            page.addObject("currentUser", user);
            page.addObject("navigation", Navigation.forUser(user.roles(), request.getRequestURI()));
        }
        return page;
    }
}
