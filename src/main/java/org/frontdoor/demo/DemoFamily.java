package org.frontdoor.demo;

import java.util.List;

/**
 * A family known to the Front Door. The mother is always recorded; father, step-parent and grandparent may be null.
 * Children are in order of birth. {@code heritage} is the mother's, for names that fit the family.
 */
record DemoFamily(int number, Heritage.Group heritage, Addresses.Home home, DemoPerson mother, DemoPerson father,
                  DemoPerson stepParent, DemoPerson grandparent, List<DemoPerson> children) {

    /** The mother's partner as the worries name him: the step-parent if there is one, else the father. */
    DemoPerson partner() {
        return stepParent != null ? stepParent : father;
    }

    boolean fatherAtHome() {
        return father != null && father.home() == home;
    }

    /** The grandparent cares for the children and their mother lives elsewhere. */
    boolean kinshipCare() {
        return grandparent != null && mother.home() != home;
    }
}
