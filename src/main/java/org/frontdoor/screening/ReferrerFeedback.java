package org.frontdoor.screening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What a referrer is told once a decision is signed off: the kind of response in plain words, and nothing about the
 * family, the reasons or what partners said. The child appears by initials only, in case the mail goes astray.
 * Plain Java.
 */
public final class ReferrerFeedback {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReferrerFeedback() {
    }

    /** The mail for this decision, or empty when the referrer left no email address. */
    public static Optional<MailSender.Mail> compose(DecisionSubject child, DecisionOutcome outcome, long decisionId,
                                                    String laName, ZoneId zone) {
        if (child.referrerEmail() == null || child.referrerEmail().isBlank()) {
            return Optional.empty();
        }
        LocalDate received = LocalDate.ofInstant(child.receivedAt(), zone);
        String subject = "Front Door reference " + child.contactId() + ": outcome of your contact";
        String body = """
                Thank you for contacting the %s Front Door on %s (our reference %d) about the child %s.

                We have considered the information you gave us, with what partner agencies know. Our decision is that \
                %s.

                We cannot share the details of our decision. If you are still worried about the child, or something \
                changes, contact the Front Door again. If a child is in immediate danger, call 999.
                """.formatted(laName, DATE.format(received), child.contactId(), child.initials(), outcome.plainWords());
        return Optional.of(new MailSender.Mail(child.referrerEmail().strip(), subject, body, child.contactId(),
                decisionId));
    }
}
