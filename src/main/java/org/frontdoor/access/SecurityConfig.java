package org.frontdoor.access;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Who may open which part of the service. Issue-by-issue, each capability adds its own paths here. */
    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        String[] anyRole = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/assets/**", "/favicon.ico", "/sign-in", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/children/**").hasAnyRole(Role.MASH_SOCIAL_WORKER.name(),
                                Role.MASH_MANAGER.name(), Role.ASSESSMENT_SOCIAL_WORKER.name(), Role.QA_OFFICER.name())
                        // A signed-in user with no role reaches only the page that says so.
                        .requestMatchers("/no-access").authenticated()
                        .anyRequest().hasAnyRole(anyRole))
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false).failureUrl("/sign-in?error"))
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                .exceptionHandling(ex -> ex.accessDeniedPage("/no-access"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; "
                                + "base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Argon2id for new hashes; the prefix lets stronger settings be introduced later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
