package org.frontdoor.casework;

import java.util.List;
import org.frontdoor.intake.FieldProblem;

/** What a change to a strategy discussion, s47 enquiry, conference or plan did. */
public interface PlanResult {

    /** Saved; {@code id} is the row made or changed. */
    record Done(long id) implements PlanResult {
    }

    /** Nothing saved, and why, field by field. */
    record Refused(List<FieldProblem> problems) implements PlanResult {
        static Refused of(String field, String message) {
            return new Refused(List.of(new FieldProblem(field, message)));
        }
    }

    /** Someone else changed the record since the form was loaded: nothing saved. */
    record Conflict(String message) implements PlanResult {
    }
}
