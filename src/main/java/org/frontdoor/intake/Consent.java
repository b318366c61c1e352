package org.frontdoor.intake;

/** The family's consent to the contact and to information sharing, as the referrer reports it. */
public enum Consent {
    GIVEN("Consent given"),
    REFUSED("Consent refused"),
    NOT_SOUGHT("Consent not sought"),
    DISPENSED_WITH("Consent dispensed with");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
