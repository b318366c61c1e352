package org.frontdoor.screening;

/**
 * Sends mail from the service. The default writes to the outbox table (and the log) in the caller's transaction, so
 * a sign-off that rolls back sends nothing; a council plugs in its own by declaring another bean as @Primary.
 */
public interface MailSender {

    /** A message, with the contact and decision it is about for the record (either may be null). */
    record Mail(String to, String subject, String body, Long contactId, Long decisionId) {
    }

    void send(Mail mail);
}
