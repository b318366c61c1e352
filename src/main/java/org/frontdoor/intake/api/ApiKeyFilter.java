package org.frontdoor.intake.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.frontdoor.access.ApiClients;
import org.frontdoor.access.PartnerSystem;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in as the partner system whose key it carries, for this request only. Not a bean: as a bean,
 * Spring Boot would also run it on every request to the web pages.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final ProblemResponses problems;

    ApiKeyFilter(ApiClients clients, ProblemResponses problems) {
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response); // unauthenticated: the entry point answers 401
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            problems.unauthorized(request, response, ProblemResponses.MISSING_KEY, false);
            return;
        }
        Optional<PartnerSystem> partner = clients.authenticate(header.substring(BEARER.length()));
        if (partner.isEmpty()) {
            problems.unauthorized(request, response, ProblemResponses.BAD_KEY, true);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(partner.get(), null,
                List.of(new SimpleGrantedAuthority(PartnerSystem.AUTHORITY))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
