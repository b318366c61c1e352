package org.frontdoor.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's oversight. Nothing a worker decides takes effect until signed off: only then is the child referred and
 * handed on, and the referrer told. A strategy discussion (s47) therefore always has a manager's name on it.
 */
@Service
class OversightService {

    sealed interface Result {
    }

    record Done(String message) implements Result {
    }

    record Refused(String field, String message) implements Result {
    }

    record Conflict(String message) implements Result {
    }

    private final Decisions decisions;
    private final Transfers transfers;
    private final MailSender mail;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;
    private final String laName;

    OversightService(Decisions decisions, Transfers transfers, MailSender mail, AccessLog accessLog, Clock clock,
                     ZoneId zone, @Value("${frontdoor.la-name}") String laName) {
        this.decisions = decisions;
        this.transfers = transfers;
        this.mail = mail;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
        this.laName = laName;
    }

    @Transactional
    public Result oversee(Decision d, Integer version, boolean signOff, String comment, SignedInUser manager) {
        if (!manager.has(Role.MASH_MANAGER)) {
            return new Refused("comment", "Only a MASH team manager can oversee a decision");
        }
        if (d.decidedBy().equals(manager.getUsername())) {
            return new Refused("comment", "You made this decision, so you cannot " + (signOff ? "sign it off" : "return it")
                    + ": another MASH team manager must oversee it");
        }
        if (version == null || version != d.version() || d.status() != DecisionStatus.AWAITING_OVERSIGHT) {
            return new Conflict(DecisionConflict.forManager(d, zone, clock.instant()));
        }
        if (comment == null || comment.isBlank()) {
            return new Refused("comment", signOff ? "Enter your comment on the decision to sign it off"
                    : "Enter why you are returning the decision, so the worker knows what to change");
        }
        Instant now = clock.instant();
        if (!decisions.oversee(d.id(), version, signOff, manager.getUsername(), comment.strip(), now)) {
            return new Conflict(DecisionConflict.forManager(decisions.find(d.id()).orElseThrow(), zone, now));
        }
        DecisionSubject child = decisions.subject(d.contactSubjectId()).orElseThrow();
        if (!signOff) {
            accessLog.record(AccessLog.Action.CHANGE, "Returned screening decision " + d.id() + " on contact "
                    + d.contactId(), d.personId());
            return new Done("Decision returned to " + d.decidedByName());
        }
        accessLog.record(AccessLog.Action.CHANGE, "Signed off screening decision " + d.id() + " ("
                + d.outcome().label() + ") on contact " + d.contactId(), d.personId());
        transfers.handOn(d, child, manager.getUsername(), now);
        ReferrerFeedback.compose(child, d.outcome(), d.id(), laName, zone).ifPresent(mail::send);
        return new Done("Decision signed off: " + d.outcome().label().toLowerCase()
                + switch (d.outcome().transferTo() == null ? "" : d.outcome().transferTo().name()) {
                    case "ASSESSMENT" -> ". " + d.childName() + " is on the assessment team's queue";
                    case "EARLY_HELP" -> ". " + d.childName() + " is on the early help queue";
                    default -> "";
                });
    }
}
