package org.frontdoor.intake.api;

/** No such contact, or another agency's: the answer is the same, so a partner cannot learn what others sent. */
class ContactNotFound extends RuntimeException {

    ContactNotFound() {
        super("No contact from your agency matches", null, false, false);
    }
}
