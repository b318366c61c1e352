package org.frontdoor.intake;

import java.util.List;

/** A contact that failed its checks: nothing was saved. */
public class ContactRejected extends RuntimeException {

    private final List<FieldProblem> problems;

    public ContactRejected(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the contact: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
