package org.frontdoor.screening;

import java.time.Instant;

/**
 * One piece of multi-agency information on a contact, as a decision cites it: a partner agency's answer to the
 * MASH's question, or what someone outside the MASH said when a worker contacted them. For an outside contact,
 * {@code agency} is the organisation as typed, {@code askedBy} the worker who made the call, {@code answeredBy}
 * the person spoken to, both times the time of the call, and there is no question or due time.
 */
public record InformationRequestView(long id, Source source, String agency, String question, String askedBy,
                                     Instant askedAt, Instant dueAt, String answer, boolean nothingKnown,
                                     String answeredBy, Instant answeredAt, InformationRequestStatus status) {

    public enum Source { MASH_REQUEST, OUTSIDE_MASH }

    public boolean answered() {
        return answer != null;
    }

    public boolean outsideMash() {
        return source == Source.OUTSIDE_MASH;
    }
}
