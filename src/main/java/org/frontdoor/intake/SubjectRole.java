package org.frontdoor.intake;

/** Who a person named in a contact is: a child the contact is about, or an adult in the child's life. */
public enum SubjectRole {
    CHILD("Child"),
    MOTHER("Mother"),
    FATHER("Father"),
    STEP_PARENT("Step-parent"),
    CARER("Carer"),
    HOUSEHOLD_MEMBER("Household member"),
    OTHER("Other adult");

    private final String label;

    SubjectRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isChild() {
        return this == CHILD;
    }
}
