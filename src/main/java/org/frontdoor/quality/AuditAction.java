package org.frontdoor.quality;

import java.time.LocalDate;

/** Something an audit asks to be done, by whom and by when. */
public record AuditAction(long id, long auditId, String text, String owner, LocalDate dueOn, LocalDate doneOn,
                          String childName) {

    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
