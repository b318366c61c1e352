package org.frontdoor.casework;

import org.frontdoor.calendar.ClockStatus;

/** One line of the child protection list: the discussion, enquiry or plan, and where its clock stands. */
public record PlanBoardRow<T>(T item, ClockStatus status) {
}
