package org.frontdoor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Signed-in pages warn a few minutes before the session times out (js/session-timeout.js, an external file because
 * the CSP allows no inline script) and offer to stay signed in: a GET that touches the session.
 */
@Controller
@ControllerAdvice
class SessionTimeout {

    private final Duration timeout;

    SessionTimeout(@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration timeout) {
        this.timeout = timeout;
    }

    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return timeout.toSeconds();
    }

    @GetMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive(HttpServletRequest request) {
        request.getSession(false); // reading the session is what renews it
        return ResponseEntity.noContent().header("Cache-Control", "no-store").build();
    }
}
