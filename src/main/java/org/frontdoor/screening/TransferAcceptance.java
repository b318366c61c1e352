package org.frontdoor.screening;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepting a child from a team's queue, and starting that team's work on the child in the same transaction. */
@Service
class TransferAcceptance {

    private final Transfers transfers;
    private final ApplicationEventPublisher events;

    TransferAcceptance(Transfers transfers, ApplicationEventPublisher events) {
        this.transfers = transfers;
        this.events = events;
    }

    /** False if someone else accepted the child first; then nothing is started twice. */
    @Transactional
    boolean accept(Transfers.Queued t, DecisionOutcome.Team team, String by, Instant at) {
        if (!transfers.accept(t.id(), team, by, at)) {
            return false;
        }
        events.publishEvent(new TransferAccepted(t.id(), t.decisionId(), t.personId(), t.referralId(), t.outcome(),
                t.signedOffAt(), by, at));
        return true;
    }
}
