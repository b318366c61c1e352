package org.frontdoor.people;

/** Thrown where a restricted child's record would open for someone not named on it. */
public class RecordRestricted extends RuntimeException {

    private final transient RestrictedRecords.Restriction restriction;

    RecordRestricted(RestrictedRecords.Restriction restriction) {
        super("Restricted record " + restriction.personId());
        this.restriction = restriction;
    }

    public RestrictedRecords.Restriction restriction() {
        return restriction;
    }
}
