package org.frontdoor.casework;

/** What a manager's authorisation hands on: the child goes to a strategy discussion, a CIN plan, early help or NFA. */
public record AssessmentAuthorised(long assessmentId, long personId, long referralId, AssessmentOutcome outcome) {
}
