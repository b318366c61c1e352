/**
 * Working days and statutory clocks. Plain Java (java.time only) so the rules can be tested, and
 * reasoned about, without the application around them.
 *
 * <p>Conventions used throughout:
 *
 * <ul>
 *   <li>A <em>working day</em> is Monday to Friday, excluding the dates in {@link
 *       org.frontdoor.calendar.Holidays} (England and Wales bank holidays, plus any local closures).
 *   <li>"Due in N working days from date D" is the Nth working day <em>after</em> D. D itself is
 *       never counted, whatever kind of day it is: 1 working day from a Friday is the following
 *       Monday (if that is not a bank holiday). This matches how Working Together timescales are
 *       read in practice: a contact received on Friday afternoon needs a decision by Monday.
 *   <li>Elapsed time is real time on the instant timeline, so a 24-hour clock that spans the
 *       change to or from British Summer Time lasts 24 real hours (23 or 25 on the wall clock).
 *       Where a rule skips non-working time, whole non-working calendar days (midnight to midnight
 *       in the clock's time zone) are left out; a working day counts in full, including its
 *       evening and night, because the Front Door's out-of-hours cover is not a closure.
 *   <li>Bank holiday data covers a fixed range of years. A calculation that needs a year outside
 *       it fails with an {@link java.lang.IllegalArgumentException} rather than quietly treating
 *       that year as having no bank holidays.
 * </ul>
 */
package org.frontdoor.calendar;
