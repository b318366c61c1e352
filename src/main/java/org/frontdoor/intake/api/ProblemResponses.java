package org.frontdoor.intake.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Security's refusals on the partner API, written as problem details: a system cannot follow a sign-in redirect. */
final class ProblemResponses {

    static final String MISSING_KEY = "Send your agency's API key in the Authorization header: Bearer <key>";
    static final String BAD_KEY = "The API key is not recognised, or has been revoked";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** RFC 6750: the WWW-Authenticate header says bearer tokens are expected, and why this one failed. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail, boolean badKey)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"frontdoor\""
                + (badKey ? ", error=\"invalid_token\"" : ""));
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthorized(request, response, MISSING_KEY, false);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "This API is for partner agencies' systems");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
