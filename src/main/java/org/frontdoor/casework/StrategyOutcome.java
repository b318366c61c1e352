package org.frontdoor.casework;

/**
 * What a recorded strategy discussion decided, for whoever takes the child on: an s17 assessment or no further
 * action is handed on by the caller; an s47 outcome has already started the enquiry.
 */
public record StrategyOutcome(long strategyId, long personId, Long referralId, StrategyDecision outcome) {
}
