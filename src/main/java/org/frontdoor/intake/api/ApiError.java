package org.frontdoor.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** One thing wrong with a request, against the JSON field it concerns. */
@Schema(name = "FieldError")
public record ApiError(
        @Schema(description = "The field, as a path in the request body or a query parameter's name, e.g. "
                + "children[1].dateOfBirth or consent.status. Null when the body as a whole could not be read.",
                example = "children[1].dateOfBirth", nullable = true)
        String field,
        @Schema(example = "The child’s date of birth must be in the past")
        String message) {
}
