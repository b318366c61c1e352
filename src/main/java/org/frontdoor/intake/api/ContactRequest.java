package org.frontdoor.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.frontdoor.intake.Consent;

/**
 * A contact as a partner agency's system sends it. The Bean Validation annotations document the schema and catch
 * what the shared {@code ContactRules} do not (the partner's reference, lengths); the rules check the rest.
 */
@Schema(name = "ContactRequest", description = "A contact from a partner agency: the child or children it is worried "
        + "about, the worries in the referrer's words, and consent.")
public record ContactRequest(
        @Schema(description = "When the agency's worry reached the Front Door (or was sent), ISO 8601 with an offset. "
                + "The one-working-day decision clock starts here. Not in the future, not more than a year ago.",
                example = "2026-03-02T09:15:00Z", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Enter the date and time the contact was received")
        OffsetDateTime receivedAt,

        @Schema(description = "DfE Children in Need census referral source code, 1A to 10 (for example 6 = police, "
                + "2A = schools, 3A = GP).", example = "6", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4",
                        "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"})
        @NotBlank(message = "Select the referral source")
        String sourceCode,

        @Schema(description = "Your agency's own reference for this contact, unique within your agency. Sending the "
                + "same reference again never makes a second contact: see POST /api/v1/contacts.",
                example = "KP-2026-004512", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        @NotBlank(message = "Enter your agency’s own reference for the contact")
        @Size(max = 100, message = "Partner reference must be 100 characters or fewer")
        String partnerReference,

        @Schema(description = "The person at your agency who is worried. Their agency is always yours.")
        @Valid Referrer referrer,

        @Schema(description = "The worries, in the referrer's words.", requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 10_000, example = "Child arrived at school with a bruise to the cheek and said ...")
        @NotBlank(message = "Enter the worries in the referrer’s words")
        String worries,

        @Schema(description = "What the referrer has done already (spoken to parents, called police...).",
                maxLength = 10_000)
        String referrerActions,

        @Schema(description = "True when a child is in immediate danger now. Also call the police on 999.",
                defaultValue = "false")
        boolean immediateDanger,

        @Schema(description = "The children the contact is about: at least one. Each gets their own decision clock.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Add the child or children the contact is about")
        @Size(min = 1, max = 20, message = "Add between 1 and 20 children")
        List<@NotNull(message = "Enter the child’s details") @Valid Child> children,

        @Schema(description = "Adults in the children's lives: parents, carers, household members.")
        @Size(max = 30, message = "Add no more than 30 adults")
        List<@NotNull(message = "Enter the adult’s details") @Valid Adult> adults,

        @Schema(description = "Required unless adults includes a FATHER: why the children's father is not "
                + "known (\"never named\", \"mother declined to say\").", example = "Mother declined to say")
        String fatherNotKnownReason,

        @Schema(description = "The family's consent to the contact and to sharing information.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Select whether consent was given, refused, not sought or dispensed with")
        @Valid ConsentDetails consent) {

    public enum Sex { M, F, U }

    /** The adults' roles: a child goes in {@code children}, never here. */
    public enum AdultRole { MOTHER, FATHER, STEP_PARENT, CARER, HOUSEHOLD_MEMBER, OTHER }

    @Schema(name = "ContactReferrer")
    public record Referrer(
            @Schema(description = "Required unless sourceCode is 9 (anonymous).", example = "DC Alex Ward")
            @Size(max = 200, message = "Referrer’s name must be 200 characters or fewer") String name,
            @Schema(example = "Detective constable")
            @Size(max = 200, message = "Referrer’s role must be 200 characters or fewer") String role,
            @Schema(example = "01632 960 001")
            @Size(max = 30, message = "Referrer’s phone number must be 30 characters or fewer") String phone,
            @Schema(example = "alex.ward@police.example")
            @Size(max = 200, message = "Referrer’s email address must be 200 characters or fewer") String email) {
    }

    @Schema(name = "ContactChild", description = "A child as your agency knows them; the MASH matches them to its "
            + "records.")
    public record Child(
            @Schema(example = "Maya", requiredMode = Schema.RequiredMode.REQUIRED, description = "Or \"Unknown\".")
            @NotBlank(message = "Enter the child’s first name, or ‘Unknown’")
            @Size(max = 100, message = "First name must be 100 characters or fewer") String firstName,
            @Schema(example = "Hughes", requiredMode = Schema.RequiredMode.REQUIRED, description = "Or \"Unknown\".")
            @NotBlank(message = "Enter the child’s last name, or ‘Unknown’")
            @Size(max = 100, message = "Last name must be 100 characters or fewer") String lastName,
            @Schema(description = "Omit if not known. Under 18 when the contact was received, or under 25 for a "
                    + "care leaver.", example = "2016-05-14") LocalDate dateOfBirth,
            @Schema(description = "M, F or U (not known); U if omitted.") Sex sex,
            @Schema(description = "10 digits, spaces allowed.", example = "943 476 5919")
            @Size(max = 20, message = "NHS number must be 20 characters or fewer") String nhsNumber,
            @Schema(example = "KM1 4AB")
            @Size(max = 10, message = "Postcode must be 10 characters or fewer") String postcode,
            @Schema(description = "True for a care leaver (supported up to 25).", defaultValue = "false")
            boolean careLeaver) {
    }

    @Schema(name = "ContactAdult")
    public record Adult(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "MOTHER")
            @NotNull(message = "Select who the person is") AdultRole role,
            @Schema(example = "Karen", requiredMode = Schema.RequiredMode.REQUIRED, description = "Or \"Unknown\".")
            @NotBlank(message = "Enter the adult’s first name, or ‘Unknown’")
            @Size(max = 100, message = "First name must be 100 characters or fewer") String firstName,
            @Schema(example = "Hughes", requiredMode = Schema.RequiredMode.REQUIRED, description = "Or \"Unknown\".")
            @NotBlank(message = "Enter the adult’s last name, or ‘Unknown’")
            @Size(max = 100, message = "Last name must be 100 characters or fewer") String lastName,
            @Schema(example = "1989-11-02") LocalDate dateOfBirth,
            @Schema(description = "M, F or U (not known); U if omitted.") Sex sex,
            @Size(max = 20, message = "NHS number must be 20 characters or fewer") String nhsNumber,
            @Size(max = 10, message = "Postcode must be 10 characters or fewer") String postcode) {
    }

    @Schema(name = "ContactConsent", description = "GIVEN needs givenBy and givenAt; NOT_SOUGHT needs a reason; "
            + "DISPENSED_WITH needs a reason and authorisedBy, the username of the MASH team manager who agreed it.")
    public record ConsentDetails(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "GIVEN")
            @NotNull(message = "Select whether consent was given, refused, not sought or dispensed with")
            Consent status,
            @Schema(example = "Karen Hughes (mother)") @Size(max = 200, message = "Who gave consent must be 200 characters or fewer") String givenBy,
            @Schema(example = "2026-03-02T08:40:00Z") OffsetDateTime givenAt,
            @Size(max = 10_000, message = "Reason must be 10000 characters or fewer") String reason,
            @Schema(example = "helen.mortimer") @Size(max = 100, message = "Authorised by must be a username") String authorisedBy) {
    }
}
