package org.frontdoor.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** For the OpenAPI description only: the RFC 9457 problem details every error response carries. */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json.")
record ApiProblem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The contact was not recorded: 2 problems, listed in errors") String detail,
        @Schema(example = "/api/v1/contacts") String instance,
        @Schema(description = "400 only: each problem with the request.", nullable = true) List<ApiError> errors) {
}
