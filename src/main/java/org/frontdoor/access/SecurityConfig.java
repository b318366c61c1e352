package org.frontdoor.access;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The web filter chain; absent when the app runs as a command (e.g. {@code generate}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    /** Who may open which part of the service. Issue-by-issue, each capability adds its own paths here. */
    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        String[] anyRole = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/assets/**", "/favicon.ico", "/sign-in", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/contacts/new", "/contacts/drafts/**", "/contacts/sent/**").hasAnyRole(
                                Role.MASH_SOCIAL_WORKER.name(), Role.MASH_MANAGER.name(), Role.PARTNER.name(),
                                Role.EARLY_HELP.name())
                        // Issue 10: only the MASH matches people or overrides consent on a contact; the teams that
                        // read contacts (early help, QA) change nothing there.
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/contacts/*/subjects/*/link",
                                "/contacts/*/consent-override").hasAnyRole(Role.MASH_SOCIAL_WORKER.name(),
                                Role.MASH_MANAGER.name())
                        // Issue 10: the list of every recent contact is the MASH's (and QA's, who audit it), not
                        // early help's, who read the contacts handed to them.
                        .requestMatchers("/contacts").hasAnyRole(Role.MASH_SOCIAL_WORKER.name(),
                                Role.MASH_MANAGER.name(), Role.QA_OFFICER.name())
                        // Teams that take a contact on (assessment, early help) and QA read it whole.
                        .requestMatchers("/contacts/**").hasAnyRole(Role.MASH_SOCIAL_WORKER.name(),
                                Role.MASH_MANAGER.name(), Role.ASSESSMENT_SOCIAL_WORKER.name(), Role.EARLY_HELP.name(),
                                Role.QA_OFFICER.name(), Role.ASSESSMENT_MANAGER.name()) // issue 10: the manager too
                        .requestMatchers("/reports/transfers").hasAnyRole(Role.MASH_MANAGER.name(), Role.PERFORMANCE_ANALYST.name(), Role.SENIOR_LEADER.name())
                        .requestMatchers("/reports/consent").hasAnyRole(Role.MASH_MANAGER.name(),
                                Role.PERFORMANCE_ANALYST.name(), Role.SENIOR_LEADER.name(), Role.QA_OFFICER.name())
                        // Merging person records is a manager's decision; administrators undo merges under /admin.
                        .requestMatchers("/people/*/merge", "/people/*/merge/**").hasAnyRole(Role.MASH_MANAGER.name(),
                                Role.ADMIN.name())
                        // The person index (possible matches) is for those who may open children's records.
                        .requestMatchers("/people/**").hasAnyRole(Role.MASH_SOCIAL_WORKER.name(),
                                Role.MASH_MANAGER.name(), Role.ASSESSMENT_SOCIAL_WORKER.name(), Role.QA_OFFICER.name())
                        // Issue 10: restricting a child's record is a manager's or administrator's act; breaking
                        // the glass on one is a manager's.
                        .requestMatchers("/children/*/restriction").hasAnyRole(Role.MASH_MANAGER.name(),
                                Role.ASSESSMENT_MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers("/children/*/break-glass").hasAnyRole(Role.MASH_MANAGER.name(),
                                Role.ASSESSMENT_MANAGER.name())
                        .requestMatchers("/children/**").hasAnyRole(Role.MASH_SOCIAL_WORKER.name(),
                                Role.MASH_MANAGER.name(), Role.ASSESSMENT_SOCIAL_WORKER.name(),
                                Role.ASSESSMENT_MANAGER.name(), Role.EARLY_HELP.name(), Role.QA_OFFICER.name())
                        // Asking partner agencies, and recording checks outside the MASH, is the MASH's work.
                        .requestMatchers("/screening/contacts/*/requests", "/screening/contacts/*/outside-contacts")
                        .hasAnyRole(Role.MASH_SOCIAL_WORKER.name(), Role.MASH_MANAGER.name())
                        // A partner agency's queue of the MASH's questions; each sees only its own agency's.
                        .requestMatchers("/partner/requests", "/partner/requests/**").hasRole(Role.PARTNER.name())
                        .requestMatchers("/partner/referrals").hasRole(Role.PARTNER.name())
                        // Oversight is a manager's; the teams beyond the door take what screening hands on.
                        .requestMatchers("/screening/oversight", "/screening/decisions/*/oversight")
                                .hasRole(Role.MASH_MANAGER.name())
                        .requestMatchers("/assessment/**").hasAnyRole(Role.ASSESSMENT_SOCIAL_WORKER.name(),
                                Role.ASSESSMENT_MANAGER.name())
                        // Issue 10: QA reads the casework and early help work it audits, and changes none of it.
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/casework/**").hasAnyRole(
                                Role.ASSESSMENT_SOCIAL_WORKER.name(), Role.ASSESSMENT_MANAGER.name(),
                                Role.QA_OFFICER.name())
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/early-help/episodes",
                                "/early-help/episodes/**").hasAnyRole(Role.EARLY_HELP.name(), Role.QA_OFFICER.name())
                        // Casework beyond the door: the assessment teams; sign-offs are checked in the services.
                        .requestMatchers("/casework/**").hasAnyRole(Role.ASSESSMENT_SOCIAL_WORKER.name(),
                                Role.ASSESSMENT_MANAGER.name())
                        .requestMatchers("/early-help/**").hasRole(Role.EARLY_HELP.name())
                        // MASH screening: the queue, RAG rating; only a manager allocates work.
                        .requestMatchers("/screening/subjects/*/allocation").hasRole(Role.MASH_MANAGER.name())
                        .requestMatchers("/screening", "/screening/**").hasAnyRole(Role.MASH_SOCIAL_WORKER.name(),
                                Role.MASH_MANAGER.name())
                        // Vital Signs: the analyst sets targets, comparators and issues reports; leaders and managers read.
                        .requestMatchers("/performance/targets", "/performance/targets/**", "/performance/population")
                        .hasRole(Role.PERFORMANCE_ANALYST.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/performance/reports")
                        .hasRole(Role.PERFORMANCE_ANALYST.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/performance/benchmarking/imports")
                        .hasRole(Role.PERFORMANCE_ANALYST.name())
                        .requestMatchers("/performance", "/performance/**").hasAnyRole(Role.SENIOR_LEADER.name(),
                                Role.MASH_MANAGER.name(), Role.ASSESSMENT_MANAGER.name(), Role.PERFORMANCE_ANALYST.name())
                        // Quality assurance: QA officers audit; the audited worker and manager read and acknowledge
                        // their live feedback; managers and leaders read the analysis.
                        // Issue 6: partner auditors invited to a multi-agency audit grade it themselves.
                        .requestMatchers("/quality/partner/**").hasRole(Role.PARTNER.name())
                        .requestMatchers("/quality/feedback", "/quality/feedback/**").hasAnyRole(
                                Role.MASH_SOCIAL_WORKER.name(), Role.MASH_MANAGER.name(),
                                Role.ASSESSMENT_SOCIAL_WORKER.name(), Role.ASSESSMENT_MANAGER.name(),
                                Role.EARLY_HELP.name())
                        .requestMatchers("/quality/analysis", "/quality/analysis/**").hasAnyRole(
                                Role.QA_OFFICER.name(), Role.MASH_MANAGER.name(), Role.ASSESSMENT_MANAGER.name(),
                                Role.SENIOR_LEADER.name(), Role.PERFORMANCE_ANALYST.name())
                        .requestMatchers("/quality", "/quality/**").hasRole(Role.QA_OFFICER.name())
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
}
