package org.frontdoor.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.frontdoor.intake.Consent;

/** A contact as the agency that made it sees it: where it stands, never what the MASH recorded about the family. */
@Schema(name = "Contact")
public record ApiContact(
        @Schema(description = "The Front Door's id for the contact.", example = "48213") long id,
        @Schema(example = "KP-2026-004512") String partnerReference,
        @Schema(example = "2026-03-02T09:15:00Z") OffsetDateTime receivedAt,
        @Schema(description = "RECEIVED until a MASH team manager has signed off the decision about every child "
                + "the contact concerns; then DECIDED.", example = "RECEIVED") String status,
        @Schema(description = "Once DECIDED, the outcomes for the children, comma-separated in the order they were "
                + "named: NFA, INFORMATION_ADVICE, UNIVERSAL_SERVICES, EARLY_HELP, SINGLE_ASSESSMENT, "
                + "STRATEGY_DISCUSSION, OPEN_CASE, LADO or OTHER_LA. Null until then.",
                nullable = true, example = "EARLY_HELP") String outcome,
        @Schema(description = "How many children the contact concerns.", example = "2") int childrenCount,
        @Schema(description = "The consent recorded with the contact.", example = "GIVEN") Consent consent) {
}
