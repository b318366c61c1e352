package org.frontdoor.intake.api;

import java.util.List;

/** A request the API refuses, with every problem found in it: nothing was saved. */
class InvalidRequest extends RuntimeException {

    private final List<ApiError> errors;

    InvalidRequest(List<ApiError> errors) {
        super(errors.size() + " problem(s) with the request");
        this.errors = List.copyOf(errors);
    }

    List<ApiError> errors() {
        return errors;
    }
}
