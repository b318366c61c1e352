package org.frontdoor.intake.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.PartnerSystem;
import org.frontdoor.intake.ContactRecorder;
import org.frontdoor.intake.ContactRejected;
import org.frontdoor.intake.NewContact;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner agencies' systems make contacts and read back their own. */
@RestController
@RequestMapping(path = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contacts", description = "Contacts your agency makes to the Front Door")
@ApiResponse(responseCode = "401", description = "No API key, or a key that is not recognised or has been revoked",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiProblem.class)))
class ContactsApiController {

    private final ContactRecorder recorder;
    private final ContactValidation validation;
    private final PartnerContacts contacts;
    private final AccessLog accessLog;

    ContactsApiController(ContactRecorder recorder, ContactValidation validation, PartnerContacts contacts,
                          AccessLog accessLog) {
        this.recorder = recorder;
        this.validation = validation;
        this.contacts = contacts;
        this.accessLog = accessLog;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a contact", description = """
            Records a contact about one or more children. Each child gets their own one-working-day decision clock, \
            starting at receivedAt. The MASH matches the people named to its own records.

            **Safe to retry.** partnerReference identifies the contact within your agency. If your agency has \
            already sent a contact with the same partnerReference, nothing new is recorded: the answer is 200 with \
            the contact made the first time, whatever the body of the later request says. To make a different \
            contact, use a different reference.""")
    @ApiResponse(responseCode = "201", description = "Contact recorded; Location gives its address",
            content = @Content(schema = @Schema(implementation = ApiContact.class)))
    @ApiResponse(responseCode = "200", description = "Your agency had already sent this partnerReference: the "
            + "contact made then, unchanged", content = @Content(schema = @Schema(implementation = ApiContact.class)))
    @ApiResponse(responseCode = "400", description = "Nothing recorded: errors lists each problem against its field",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<ApiContact> create(@RequestBody ContactRequest request,
                                      @Parameter(hidden = true) @AuthenticationPrincipal PartnerSystem partner) {
        String reference = ContactMapping.reference(request);
        if (reference != null) {
            var earlier = contacts.findByReference(partner.agencyCode(), reference);
            if (earlier.isPresent()) {
                accessLog.record(AccessLog.Action.VIEW, "API: agency " + partner.agencyCode() + " re-sent reference "
                        + reference + ", already contact " + earlier.get().id(), null);
                return ResponseEntity.ok(earlier.get());
            }
        }
        NewContact contact = ContactMapping.toNewContact(request, partner);
        List<ApiError> errors = validation.check(request, contact);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        ContactRecorder.Recorded recorded;
        try {
            recorded = recorder.record(contact, partner.getName());
        } catch (ContactRejected e) {
            // The checks that need the database, such as who may authorise dispensing with consent.
            throw new InvalidRequest(ContactValidation.toApi(e.problems(), request));
        }
        ApiContact saved = contacts.find(partner.agencyCode(), recorded.contactId()).orElseThrow();
        if (recorded.alreadyRecorded()) {
            return ResponseEntity.ok(saved); // a simultaneous retry won the race
        }
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one of your agency's contacts", description = "Another agency's contact and a "
            + "contact that does not exist give the same 404.")
    @ApiResponse(responseCode = "200", description = "The contact")
    @ApiResponse(responseCode = "404", description = "No contact with this id was made by your agency",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ApiProblem.class)))
    ApiContact one(@PathVariable long id, @Parameter(hidden = true) @AuthenticationPrincipal PartnerSystem partner) {
        ApiContact c = contacts.find(partner.agencyCode(), id).orElseThrow(() -> {
            if (contacts.exists(id)) {
                accessLog.record(AccessLog.Action.DENIED, "API: agency " + partner.agencyCode()
                        + " asked for contact " + id + ", another agency's", null);
            }
            return new ContactNotFound();
        });
        logRead(partner, c);
        return c;
    }

    @GetMapping
    @Operation(summary = "Find one of your agency's contacts by your reference")
    @ApiResponse(responseCode = "200", description = "The contact")
    @ApiResponse(responseCode = "404", description = "Your agency has sent no contact with this reference",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ApiProblem.class)))
    ApiContact byReference(@Parameter(description = "Your agency's reference, as sent in partnerReference",
                                   example = "KP-2026-004512") @RequestParam String partnerReference,
                           @Parameter(hidden = true) @AuthenticationPrincipal PartnerSystem partner) {
        ApiContact c = contacts.findByReference(partner.agencyCode(), partnerReference.strip())
                .orElseThrow(ContactNotFound::new);
        logRead(partner, c);
        return c;
    }

    private void logRead(PartnerSystem partner, ApiContact c) {
        accessLog.record(AccessLog.Action.VIEW, "API: agency " + partner.agencyCode() + " read contact " + c.id(),
                null);
    }
}
