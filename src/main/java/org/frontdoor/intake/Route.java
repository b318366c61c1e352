package org.frontdoor.intake;

/** How a contact reached the Front Door. */
public enum Route {
    PHONE("Phone call"),
    EMAIL("Email"),
    IN_PERSON("In person"),
    PARTNER_FORM("Partner agency web form"),
    PARTNER_API("Partner agency system");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The routes a MASH worker records by hand; the partner routes are taken by partners themselves. */
    public boolean recordedByWorker() {
        return this != PARTNER_FORM && this != PARTNER_API;
    }
}
