package org.frontdoor.intake.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.access.ApiClients;
import org.frontdoor.access.PartnerSystem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The partner API's own filter chains, ahead of the web pages' chain (which has no matcher and so comes last):
 * systems authenticate with an API key on every request, never with a session, so a signed-in person's cookie opens
 * nothing here and no API key opens a web page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PartnerApiSecurity {

    static final String[] DOCS = {"/swagger-ui", "/swagger-ui/**", "/swagger-ui.html", "/api/openapi",
            "/api/openapi/**"};

    @Bean
    @Order(1)
    SecurityFilterChain partnerApiChain(HttpSecurity http, ApiClients clients, ObjectMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(PartnerSystem.AUTHORITY))
                .addFilterBefore(new ApiKeyFilter(clients, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Read from and saved to nowhere but the request: a session cookie sent along is ignored.
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                // No cookies, so no cross-site request forgery: a key must be sent deliberately.
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * The API's documentation is public, like any published API's. Swagger UI sets styles inline, so these pages
     * alone allow inline styles; scripts stay 'self' only.
     */
    @Bean
    @Order(2)
    SecurityFilterChain partnerApiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DOCS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                        + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'")));
        return http.build();
    }
}
