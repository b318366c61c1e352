package org.frontdoor.access;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans needed both by the web app and by commands that create users (the demo generator). */
@Configuration(proxyBeanMethods = false)
class PasswordsConfig {

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
