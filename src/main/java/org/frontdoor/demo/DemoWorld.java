package org.frontdoor.demo;

import java.util.BitSet;
import java.util.List;

/**
 * A generated demo borough: people, their relationships and the contacts about the children, with their ids. The
 * contacts carry whom they name and the referrals they led to.
 */
record DemoWorld(DemoOptions options, List<DemoPerson> people, List<DemoRelationship> relationships,
                 List<DemoContact> contacts) {

    static DemoWorld generate(DemoOptions options) {
        return new DemoGenerator(options).generate();
    }

    /** How many children the contacts are about. */
    long children() {
        BitSet children = new BitSet(people.size() + 1);
        contacts.forEach(c -> c.children().forEach(child -> children.set((int) child.id())));
        return children.cardinality();
    }

    /** How many contact_subject rows the contacts have. */
    long subjects() {
        return contacts.stream().mapToLong(Subjects::count).sum();
    }

    /** How many referrals the contacts led to. */
    long referrals() {
        return contacts.stream().mapToLong(c -> Integer.bitCount(c.childrenReferred())).sum();
    }
}
