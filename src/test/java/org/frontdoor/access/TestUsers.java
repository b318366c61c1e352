package org.frontdoor.access;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates uniquely named users for tests that share one database. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserRepository users;
    private final PasswordEncoder encoder;

    public TestUsers(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Returns the new user's username. */
    public String create(String agency, Role... roles) {
        String username = "t" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        users.create(new NewUser(username, "Test " + username, null, agency, null, Set.of(roles)),
                encoder.encode(PASSWORD), "test");
        return username;
    }
}
