package org.frontdoor.screening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The default {@link MailSender}: no SMTP here, the outbox is the record of what would be sent. */
@Component
class OutboxMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

    private final JdbcClient jdbc;

    OutboxMailSender(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(Mail mail) {
        long id = jdbc.sql("""
                        insert into outbox (to_address, subject, body, contact_id, decision_id)
                        values (:to, :subject, :body, :contact, :decision) returning id""")
                .param("to", mail.to()).param("subject", mail.subject()).param("body", mail.body())
                .param("contact", mail.contactId()).param("decision", mail.decisionId()).query(Long.class).single();
        // The address and subject only: the log is not the place for anything about a child.
        log.info("Outbox message {} to {}: {}", id, mail.to(), mail.subject());
    }
}
