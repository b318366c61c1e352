package org.frontdoor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontdoor.access.Role;

/** The service navigation a user sees: only the parts of the service their roles open. */
public final class Navigation {

    public record Item(String label, String href, boolean active) {
    }

    private record Entry(String label, String href, Set<Role> roles) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Home", "/", Set.of(Role.values())),
            new Entry("Children", "/children", Set.of(Role.MASH_SOCIAL_WORKER, Role.MASH_MANAGER,
                    Role.ASSESSMENT_SOCIAL_WORKER, Role.QA_OFFICER)),
            new Entry("Users", "/admin/users", Set.of(Role.ADMIN)),
            new Entry("Access log", "/admin/access-log", Set.of(Role.ADMIN)));

    private Navigation() {
    }

    public static List<Item> forUser(Set<Role> roles, String path) {
        List<Item> items = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (e.roles().stream().anyMatch(roles::contains)) {
                boolean active = e.href().equals("/") ? path.equals("/") : path.startsWith(e.href());
                items.add(new Item(e.label(), e.href(), active));
            }
        }
        return items;
    }
}
