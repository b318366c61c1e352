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
            new Entry("Contacts", "/contacts", Set.of(Role.MASH_SOCIAL_WORKER, Role.MASH_MANAGER)),
            new Entry("MASH queue", "/screening", Set.of(Role.MASH_SOCIAL_WORKER, Role.MASH_MANAGER)),
            new Entry("Police notifications", "/screening/triage", Set.of(Role.MASH_SOCIAL_WORKER, Role.MASH_MANAGER)),
            new Entry("Refer a child", "/contacts/new", Set.of(Role.PARTNER, Role.EARLY_HELP)),
            new Entry("Awaiting oversight", "/screening/oversight", Set.of(Role.MASH_MANAGER)),
            new Entry("Assessment queue", "/assessment/queue", Set.of(Role.ASSESSMENT_SOCIAL_WORKER,
                    Role.ASSESSMENT_MANAGER)),
            new Entry("My assessments", "/casework/assessments", Set.of(Role.ASSESSMENT_SOCIAL_WORKER, Role.ASSESSMENT_MANAGER)),
            new Entry("Child protection", "/casework/child-protection", Set.of(Role.ASSESSMENT_SOCIAL_WORKER,
                    Role.ASSESSMENT_MANAGER)),
            new Entry("Early help queue", "/early-help/queue", Set.of(Role.EARLY_HELP)),
            new Entry("Early help episodes", "/early-help/episodes", Set.of(Role.EARLY_HELP)),
            new Entry("Information requests", "/partner/requests", Set.of(Role.PARTNER)),
            new Entry("Your referrals", "/partner/referrals", Set.of(Role.PARTNER)),
            new Entry("Children", "/children", Set.of(Role.MASH_SOCIAL_WORKER, Role.MASH_MANAGER,
                    Role.ASSESSMENT_SOCIAL_WORKER, Role.ASSESSMENT_MANAGER, Role.EARLY_HELP, Role.QA_OFFICER)),
            new Entry("Consent report", "/reports/consent", Set.of(Role.MASH_MANAGER, Role.PERFORMANCE_ANALYST,
                    Role.SENIOR_LEADER, Role.QA_OFFICER)),
            new Entry("Transfer report", "/reports/transfers", Set.of(Role.MASH_MANAGER, Role.PERFORMANCE_ANALYST, Role.SENIOR_LEADER)),
            new Entry("Vital Signs", "/performance", Set.of(Role.SENIOR_LEADER, Role.MASH_MANAGER,
                    Role.ASSESSMENT_MANAGER, Role.PERFORMANCE_ANALYST)),
            new Entry("Vital Signs targets", "/performance/targets", Set.of(Role.PERFORMANCE_ANALYST)),
            new Entry("Audits", "/quality", Set.of(Role.QA_OFFICER)),
            new Entry("Audit analysis", "/quality/analysis", Set.of(Role.QA_OFFICER, Role.MASH_MANAGER,
                    Role.ASSESSMENT_MANAGER, Role.SENIOR_LEADER, Role.PERFORMANCE_ANALYST)),
            new Entry("Audits to grade", "/quality/partner/audits", Set.of(Role.PARTNER)),
            new Entry("Audit feedback", "/quality/feedback", Set.of(Role.MASH_SOCIAL_WORKER, Role.MASH_MANAGER,
                    Role.ASSESSMENT_SOCIAL_WORKER, Role.ASSESSMENT_MANAGER, Role.EARLY_HELP)),
            new Entry("Threshold document", "/threshold", Set.of(Role.values())),
            new Entry("Users", "/admin/users", Set.of(Role.ADMIN)),
            new Entry("Access log", "/admin/access-log", Set.of(Role.ADMIN)),
            new Entry("API keys", "/admin/api-clients", Set.of(Role.ADMIN)),
            new Entry("Agencies", "/admin/agencies", Set.of(Role.ADMIN)),
            new Entry("Merged records", "/admin/merges", Set.of(Role.ADMIN)),
            new Entry("Legacy import", "/admin/imports", Set.of(Role.ADMIN)),
            new Entry("Screening clocks", "/admin/screening-clocks", Set.of(Role.ADMIN)));

    private Navigation() {
    }

    /** Only the most specific entry the path falls under is active: /screening/oversight is not the MASH queue. */
    public static List<Item> forUser(Set<Role> roles, String path) {
        List<Entry> visible = ENTRIES.stream().filter(e -> e.roles().stream().anyMatch(roles::contains)).toList();
        String active = visible.stream().map(Entry::href)
                .filter(href -> href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/"))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        List<Item> items = new ArrayList<>();
        for (Entry e : visible) {
            items.add(new Item(e.label(), e.href(), e.href().equals(active)));
        }
        return items;
    }
}
