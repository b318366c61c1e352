package org.frontdoor.screening;

import java.time.Instant;

/** A row of the administrator's list of threshold document versions. */
public record ThresholdVersionSummary(long id, int number, String title, ThresholdStatus status, String notes,
                                      Instant createdAt, String createdBy, Instant publishedAt, String publishedBy,
                                      Instant retiredAt, String retiredBy) {
}
