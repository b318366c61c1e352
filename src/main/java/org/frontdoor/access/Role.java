package org.frontdoor.access;

/** What a user does in the service; a user may hold several. Granted to Spring Security as ROLE_&lt;name&gt;. */
public enum Role {
    MASH_SOCIAL_WORKER("MASH social worker"),
    MASH_MANAGER("MASH team manager"),
    PARTNER("Partner agency practitioner"),
    EARLY_HELP("Early help practitioner"),
    ASSESSMENT_SOCIAL_WORKER("Assessment team social worker"),
    ASSESSMENT_MANAGER("Assessment team manager"),
    QA_OFFICER("Quality assurance officer"),
    PERFORMANCE_ANALYST("Performance analyst"),
    SENIOR_LEADER("Senior leader (read-only)"),
    ADMIN("System administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
