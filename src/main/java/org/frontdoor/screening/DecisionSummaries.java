package org.frontdoor.screening;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decisions and their oversight for pages owned elsewhere (the contact, the child's record), called from their
 * templates as {@code @screeningDecisions}. The page that calls it logs the view of the child's record.
 */
@Component("screeningDecisions")
public class DecisionSummaries {

    private final Decisions decisions;

    DecisionSummaries(Decisions decisions) {
        this.decisions = decisions;
    }

    /** The decision on a child's contact, or null if none has been made. */
    public Decision forSubject(long subjectId) {
        return decisions.forSubject(subjectId).orElse(null);
    }

    /** Every decision about a child, newest first, with who oversaw it and when. */
    public List<Decision> forPerson(long personId) {
        return decisions.forPerson(personId);
    }
}
