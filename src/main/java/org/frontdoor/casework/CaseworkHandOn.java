package org.frontdoor.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import org.frontdoor.screening.TransferAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a child on to the next step of the journey when a step ends: a team accepting the MASH's decision, a manager
 * authorising an assessment, a strategy discussion deciding. Runs inside the transaction that ended the step, so the
 * next step exists exactly when the decision that calls for it does (seeds: "slow transfer to assessment teams").
 */
@Component
class CaseworkHandOn {

    /** An assessment's step down waits in the early help team's list until a practitioner takes the lead. */
    static final String UNALLOCATED = "unallocated";

    private final Assessments assessments;
    private final StrategyDiscussions strategyDiscussions;
    private final Plans plans;
    private final EarlyHelpEpisodes earlyHelp;
    private final ZoneId zone;

    CaseworkHandOn(Assessments assessments, StrategyDiscussions strategyDiscussions, Plans plans,
                   EarlyHelpEpisodes earlyHelp, ZoneId zone) {
        this.assessments = assessments;
        this.strategyDiscussions = strategyDiscussions;
        this.plans = plans;
        this.earlyHelp = earlyHelp;
        this.zone = zone;
    }

    @EventListener
    void accepted(TransferAccepted t) {
        switch (t.outcome()) {
            case SINGLE_ASSESSMENT -> assessments.start(t.referralId(), t.acceptedBy(), t.acceptedAt());
            // The strategy discussion's clock runs from the MASH decision, not from when the team accepted it.
            case STRATEGY_DISCUSSION -> strategyDiscussions.request(t.personId(), t.referralId(), t.decisionId(), null,
                    t.signedOffAt(), t.acceptedBy());
            case EARLY_HELP -> earlyHelp.startFromTransfer(t.transferId(), t.acceptedBy(),
                    LocalDate.ofInstant(t.acceptedAt(), zone));
            default -> { }
        }
    }

    @EventListener
    void authorised(AssessmentAuthorised done) {
        Assessment a = assessments.find(done.assessmentId()).orElseThrow();
        switch (done.outcome()) {
            case STRATEGY_DISCUSSION -> strategyDiscussions.request(done.personId(), done.referralId(), null,
                    done.assessmentId(), a.authorisedAt(), a.authorisedBy());
            case CIN_PLAN -> plans.startCinPlan(done.personId(), done.assessmentId(), null,
                    LocalDate.ofInstant(a.authorisedAt(), zone), a.socialWorker());
            case EARLY_HELP -> earlyHelp.stepDown(done.assessmentId(), UNALLOCATED,
                    LocalDate.ofInstant(a.authorisedAt(), zone));
            case NFA -> { }
        }
    }

    @EventListener
    void strategyDecided(StrategyOutcome decided) {
        if (decided.outcome() == StrategyDecision.S17_ASSESSMENT && decided.referralId() != null) {
            strategyDiscussions.find(decided.strategyId()).ifPresent(d ->
                    assessments.start(decided.referralId(), d.recordedBy(), d.heldAt()));
        }
    }
}
