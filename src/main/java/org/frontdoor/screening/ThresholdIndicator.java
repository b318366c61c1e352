package org.frontdoor.screening;

/**
 * One line of the threshold document, such as "Child under 1 with an unexplained injury". Its id belongs to one
 * version: a new version copies its indicators under new ids, so a decision that stores an id keeps what it used.
 */
public record ThresholdIndicator(long id, ThresholdDomain domain, String text) {
}
