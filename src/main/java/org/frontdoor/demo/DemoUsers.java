package org.frontdoor.demo;

import java.util.List;
import java.util.Set;
import org.frontdoor.access.NewUser;
import org.frontdoor.access.Role;
import org.frontdoor.access.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One demo user per role (partners for each agency), all with the demo password listed in the README. */
@Component
public class DemoUsers {

    public static final String PASSWORD = "frontdoor-demo";

    public static final List<NewUser> USERS = List.of(
            user("sam.patel", "Sam Patel", null, "MASH team 1", Role.MASH_SOCIAL_WORKER),
            user("jo.okafor", "Jo Okafor", null, "MASH team 1", Role.MASH_SOCIAL_WORKER),
            user("chris.doyle", "Chris Doyle", null, "MASH team 2", Role.MASH_SOCIAL_WORKER),
            user("helen.mortimer", "Helen Mortimer", null, "MASH team 1", Role.MASH_MANAGER),
            user("dc.ward", "DC Alex Ward", "POLICE", "MASH police", Role.PARTNER),
            user("nurse.begum", "Ruksana Begum", "HEALTH", "MASH health", Role.PARTNER),
            user("edu.lewis", "Gareth Lewis", "EDUCATION", "MASH education", Role.PARTNER),
            user("pro.nowak", "Kasia Nowak", "PROBATION", "Probation", Role.PARTNER),
            user("housing.reid", "Fiona Reid", "HOUSING", "Housing options", Role.PARTNER),
            user("eh.shaw", "Dan Shaw", "EARLY_HELP", "Early help north", Role.EARLY_HELP),
            user("aw.mensah", "Abena Mensah", null, "Assessment team north", Role.ASSESSMENT_SOCIAL_WORKER),
            user("tm.osei", "Kwame Osei", null, "Assessment team north", Role.ASSESSMENT_MANAGER),
            user("qa.harris", "Priya Harris", null, "Quality assurance", Role.QA_OFFICER),
            user("qa.moss", "Helen Moss", null, "Quality assurance", Role.QA_OFFICER),
            user("pa.turner", "Tom Turner", null, "Performance and intelligence", Role.PERFORMANCE_ANALYST),
            user("dcs.bennett", "Margaret Bennett", null, "Director of children's services", Role.SENIOR_LEADER),
            user("admin", "Lee Admin", null, "ICT", Role.ADMIN),
            user("new.starter", "Nia Starter", null, null));

    private final UserRepository users;
    private final PasswordEncoder encoder;

    public DemoUsers(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Adds the demo users that do not exist yet; returns how many were added. */
    @Transactional
    public int createMissing() {
        String hash = encoder.encode(PASSWORD);
        int added = 0;
        for (NewUser u : USERS) {
            if (users.findByUsername(u.username()).isEmpty()) {
                users.create(u, hash, "demo");
                added++;
            }
        }
        return added;
    }

    /** The usernames of the MASH social workers, who record the demo contacts. */
    public static List<String> mashWorkers() {
        return USERS.stream().filter(u -> u.roles().contains(Role.MASH_SOCIAL_WORKER)).map(NewUser::username).toList();
    }

    /** The usernames of the MASH managers, who authorise dispensing with consent and override refusals. */
    public static List<String> mashManagers() {
        return USERS.stream().filter(u -> u.roles().contains(Role.MASH_MANAGER)).map(NewUser::username).toList();
    }

    private static NewUser user(String username, String name, String agency, String team, Role... roles) {
        return new NewUser(username, name, username + "@kingsmere.example", agency, team, Set.of(roles));
    }
}
