package org.frontdoor.demo;

import java.time.Instant;

/** A row of the relationship table: {@code related} is the {@code type} of {@code person}. */
record DemoRelationship(long id, long personId, long relatedPersonId, String type, boolean livesWith,
                               Instant createdAt, String createdBy) {
}
