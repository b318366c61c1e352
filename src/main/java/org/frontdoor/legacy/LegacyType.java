package org.frontdoor.legacy;

/** The kinds of legacy record an import brings in, in the order it brings them: people before what names them. */
public enum LegacyType {
    PERSON("People"),
    RELATIONSHIP("Relationships"),
    CONTACT("Contacts"),
    REFERRAL("Referrals"),
    ASSESSMENT("Single assessments"),
    S47("Section 47 enquiries"),
    PLAN("Child protection and child in need plans"),
    EARLY_HELP("Early help episodes");

    private final String label;

    LegacyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
