package org.frontdoor.access;

import java.time.Clock;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Five wrong passwords in a row lock an account for 15 minutes; a good sign-in clears the count. */
@Component
class SignInAttempts {

    static final int MAX_ATTEMPTS = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final UserRepository users;
    private final AccessLog accessLog;
    private final Clock clock;
    private final MeterRegistry meters;

    SignInAttempts(UserRepository users, AccessLog accessLog, Clock clock, MeterRegistry meters) {
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
        this.meters = meters;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        meters.counter("frontdoor.sign.in", "outcome", "failed").increment();
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase();
        users.findByUsername(username).ifPresent(u -> {
            users.recordFailure(username, MAX_ATTEMPTS, clock.instant(), clock.instant().plus(LOCK));
            accessLog.recordAs(username, "", AccessLog.Action.SIGN_IN_FAILED, "Wrong password", null);
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            meters.counter("frontdoor.sign.in", "outcome", "succeeded").increment();
            users.recordSuccess(user.getUsername());
            accessLog.recordAs(user.getUsername(), user.roleLabels(), AccessLog.Action.SIGN_IN, "Signed in", null);
        }
    }
}
