package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontdoor.intake.ReReferral;
import org.frontdoor.intake.ReferralSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The child's journey as a whole (seed 002): every step from first contact to closure in one chronological list,
 * each with its clock met or missed, read straight from the tables one query each. Due dates are those stored when
 * each step began, so a later change of holidays does not move an old deadline.
 */
@Repository
public class Journey {

    /** How a step stands: shown as a coloured tag. */
    public enum Status {
        ON_TIME("On time", "app-tag--met"), LATE("Late", "app-tag--met-late"), OVERDUE("Overdue", "app-tag--overdue"),
        OPEN("Open", "app-tag--on-time"), PENDING("Awaiting sign-off", "app-tag--due-soon"),
        DONE("Done", "govuk-tag--grey");

        private final String label;
        private final String tag;

        Status(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        public String label() {
            return label;
        }

        public String tag() {
            return tag;
        }
    }

    /** One step: when, what, who, how it stands, and its page (null where there is none). */
    public record Entry(LocalDate date, String what, String detail, String by, Status status, String statusText,
                        String href, boolean flagged, String flag) {
    }

    /** What an inspector reads first. */
    public record Summary(LocalDate firstContact, int contacts, int referrals, int reReferrals, String current,
                         LocalDate openSince, Long daysOpen) {
    }

    public record View(Summary summary, List<Entry> entries) {
    }

    private record Dated(Entry entry, int rank, long id) {
    }

    private static final Comparator<Dated> ORDER = Comparator.comparing((Dated d) -> d.entry().date())
            .thenComparingInt(Dated::rank).thenComparingLong(Dated::id);

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Journey(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public View of(long personId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Dated> all = new ArrayList<>();
        Current current = new Current();
        all.addAll(earlyHelp(personId, current));
        List<Dated> contacts = contacts(personId, now);
        all.addAll(contacts);
        List<Dated> referrals = referrals(personId, current);
        all.addAll(referrals);
        all.addAll(assessments(personId, today, current));
        all.addAll(strategyDiscussions(personId, now));
        all.addAll(s47Enquiries(personId, today, current));
        all.addAll(conferences(personId));
        all.addAll(plans(personId, current));
        all.addAll(closures(personId, current));
        all.sort(ORDER);
        LocalDate first = contacts.stream().map(d -> d.entry().date()).min(LocalDate::compareTo).orElse(null);
        int reReferrals = (int) referrals.stream().filter(d -> d.entry().flagged()).count();
        Summary summary = new Summary(first, contacts.size(), referrals.size(), reReferrals, current.describe(),
                current.openSince, current.openSince == null ? null
                : ChronoUnit.DAYS.between(current.openSince, today));
        return new View(summary, all.stream().map(Dated::entry).toList());
    }

    private List<Dated> earlyHelp(long p, Current current) {
        return jdbc.sql("""
                        select e.id, e.started_on, e.ended_on, e.outcome, e.stepped_down_from, e.stepped_up_contact,
                               coalesce(u.display_name, e.lead_practitioner) as lead
                          from early_help_episode e left join app_user u on u.username = e.lead_practitioner
                         where e.person_id = :p""")
                .param("p", p).query((rs, n) -> {
                    LocalDate ended = rs.getObject("ended_on", LocalDate.class);
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    EarlyHelpOutcome outcome = EarlyHelpOutcome.parse(rs.getString("outcome"));
                    String detail = (rs.getObject("stepped_down_from") != null ? "Stepped down after assessment "
                            + rs.getLong("stepped_down_from") + ". " : "")
                            + (ended == null ? "Open." : "Ended " + d(ended) + ": " + outcome.label()
                            + (rs.getObject("stepped_up_contact") != null ? " (contact "
                            + rs.getLong("stepped_up_contact") + ")" : "") + ".");
                    if (ended == null) {
                        current.consider(5, "Early help", started);
                    }
                    return new Dated(new Entry(started, "Early help episode", detail, rs.getString("lead"),
                            ended == null ? Status.OPEN : Status.DONE, ended == null ? "Open" : "Ended",
                            "/early-help/episodes/" + rs.getLong("id"), false, null), 0, rs.getLong("id"));
                }).list();
    }

    /** Each contact about the child, with its MASH decision against the one-working-day clock. */
    private List<Dated> contacts(long p, Instant now) {
        return jdbc.sql("""
                        select c.id, c.received_at, c.source_code, c.referrer_name, c.referrer_agency,
                               s.decision_due_at, d.outcome, d.status, d.decided_at, d.overseen_at,
                               coalesce(w.display_name, d.decided_by) as decided_by
                          from contact_subject s join contact c on c.id = s.contact_id
                          left join decision d on d.contact_subject_id = s.id
                          left join app_user w on w.username = d.decided_by
                         where s.person_id = :p and s.role = 'CHILD'""")
                .param("p", p).query((rs, n) -> {
                    Instant received = rs.getTimestamp("received_at").toInstant();
                    Instant due = instant(rs.getTimestamp("decision_due_at"));
                    Instant decided = instant(rs.getTimestamp("decided_at"));
                    String outcome = rs.getString("outcome");
                    String source = ReferralSource.isCode(rs.getString("source_code"))
                            ? ReferralSource.ofCode(rs.getString("source_code")).label() : rs.getString("source_code");
                    String referrer = rs.getString("referrer_name") == null ? "Anonymous"
                            : rs.getString("referrer_name") + (rs.getString("referrer_agency") == null ? ""
                            : " (" + rs.getString("referrer_agency") + ")");
                    String decision = outcome == null ? "No MASH decision yet."
                            : "MASH decision: " + label(outcome) + ("SIGNED_OFF".equals(rs.getString("status"))
                            ? ", signed off." : ", awaiting oversight.");
                    Status status;
                    String text;
                    if (decided != null) {
                        status = due == null || !decided.isAfter(due) ? Status.ON_TIME : Status.LATE;
                        text = status == Status.ON_TIME ? "Decided within 1 working day" : "Decided late";
                    } else {
                        status = due != null && now.isAfter(due) ? Status.OVERDUE : Status.OPEN;
                        text = status == Status.OVERDUE ? "Decision overdue" : "Awaiting decision";
                    }
                    return new Dated(new Entry(LocalDate.ofInstant(received, zone), "Contact",
                            source + ". " + decision, referrer + (rs.getString("decided_by") == null ? ""
                            : "; decided by " + rs.getString("decided_by")), status, text,
                            "/contacts/" + rs.getLong("id"), false, null), 1, rs.getLong("id"));
                }).list();
    }

    /** Referrals oldest first, so each can be checked against the ones before it for re-referral. */
    private List<Dated> referrals(long p, Current current) {
        record Row(long id, Instant referredAt, String sourceCode, String createdBy, LocalDate closedOn,
                   Instant signedOffAt) {
        }
        List<Row> rows = jdbc.sql("""
                        select r.id, r.referred_at, r.source_code, coalesce(u.display_name, r.created_by) as created_by,
                               c.closed_on, c.signed_off_at
                          from referral r left join app_user u on u.username = r.created_by
                          left join closure c on c.referral_id = r.id
                         where r.person_id = :p order by r.referred_at, r.id""")
                .param("p", p).query(Row.class).list();
        List<Dated> out = new ArrayList<>();
        List<LocalDate> earlier = new ArrayList<>();
        for (Row r : rows) {
            LocalDate on = LocalDate.ofInstant(r.referredAt(), zone);
            var previous = ReReferral.previousWithin12Months(earlier, on);
            earlier.add(on);
            boolean closed = r.signedOffAt() != null;
            if (!closed) {
                current.consider(6, "Referral open", on);
            }
            out.add(new Dated(new Entry(on, "Referral to children's social care",
                    previous.map(prev -> "Re-referral: within 12 months of the referral on " + d(prev) + ".").orElse(""),
                    r.createdBy(), closed ? Status.DONE : Status.OPEN,
                    closed ? "Closed " + d(r.closedOn()) : r.closedOn() != null ? "Closure awaiting sign-off" : "Open",
                    "/casework/referrals/" + r.id() + "/closure", previous.isPresent(),
                    previous.isPresent() ? "Re-referral" : null), 2, r.id()));
        }
        return out;
    }

    /** Single assessments against their 45-working-day clock from the referral. */
    private List<Dated> assessments(long p, LocalDate today, Current current) {
        return jdbc.sql("""
                        select a.id, a.started_on, a.due_on, a.completed_on, a.outcome, a.primary_need,
                               coalesce(u.display_name, a.social_worker) as worker
                          from assessment a left join app_user u on u.username = a.social_worker
                         where a.person_id = :p""")
                .param("p", p).query((rs, n) -> {
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate done = rs.getObject("completed_on", LocalDate.class);
                    if (done == null) {
                        current.consider(4, "Single assessment", started);
                    }
                    String detail = done == null ? "Due " + d(due) + "." : "Completed " + d(done) + "; outcome "
                            + label(rs.getString("outcome")) + (rs.getString("primary_need") == null ? ""
                            : "; primary need " + rs.getString("primary_need")) + ".";
                    return new Dated(new Entry(started, "Single assessment", detail, rs.getString("worker"),
                            clock(done, due, today), clockText(done, due, today, "within 45 working days"),
                            "/casework/assessments/" + rs.getLong("id"), false, null), 3, rs.getLong("id"));
                }).list();
    }

    private List<Dated> strategyDiscussions(long p, Instant now) {
        return jdbc.sql("""
                        select s.id, s.requested_at, s.due_by, s.held_at, s.outcome,
                               coalesce(u.display_name, s.recorded_by, s.created_by) as by_name
                          from strategy_discussion s left join app_user u on u.username = coalesce(s.recorded_by, s.created_by)
                         where s.person_id = :p""")
                .param("p", p).query((rs, n) -> {
                    Instant due = rs.getTimestamp("due_by").toInstant();
                    Instant held = instant(rs.getTimestamp("held_at"));
                    Status status = held != null ? (held.isAfter(due) ? Status.LATE : Status.ON_TIME)
                            : now.isAfter(due) ? Status.OVERDUE : Status.OPEN;
                    String text = switch (status) {
                        case ON_TIME -> "Held on time";
                        case LATE -> "Held late";
                        case OVERDUE -> "Not yet held: overdue";
                        default -> "Not yet held";
                    };
                    Instant when = held != null ? held : rs.getTimestamp("requested_at").toInstant();
                    return new Dated(new Entry(LocalDate.ofInstant(when, zone), "Strategy discussion",
                            rs.getString("outcome") == null ? "Requested." : "Decision: "
                            + label(rs.getString("outcome")) + ".", rs.getString("by_name"), status, text,
                            "/casework/strategy/" + rs.getLong("id"), false, null), 4, rs.getLong("id"));
                }).list();
    }

    private List<Dated> s47Enquiries(long p, LocalDate today, Current current) {
        return jdbc.sql("""
                        select e.id, e.started_on, e.completed_on, e.outcome, e.joint_with_police,
                               e.concerns_substantiated, coalesce(u.display_name, e.social_worker) as worker
                          from s47_enquiry e left join app_user u on u.username = e.social_worker
                         where e.person_id = :p""")
                .param("p", p).query((rs, n) -> {
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate done = rs.getObject("completed_on", LocalDate.class);
                    if (done == null) {
                        current.consider(3, "Section 47 enquiry", started);
                    }
                    String detail = (rs.getBoolean("joint_with_police") ? "Joint with police. " : "Single agency. ")
                            + (done == null ? "" : "Completed " + d(done) + ": concerns "
                            + (rs.getBoolean("concerns_substantiated") ? "substantiated" : "not substantiated")
                            + "; outcome " + label(rs.getString("outcome")) + ".");
                    return new Dated(new Entry(started, "Section 47 enquiry", detail, rs.getString("worker"),
                            done == null ? Status.OPEN : Status.DONE, done == null ? "Open" : "Completed",
                            "/casework/s47/" + rs.getLong("id"), false, null), 5, rs.getLong("id"));
                }).list();
    }

    /** Initial conferences on their 15-working-day clock; reviews on 3 then 6 months. */
    private List<Dated> conferences(long p) {
        return jdbc.sql("""
                        select c.id, c.kind, c.due_on, c.held_on, c.decision, c.category, c.s47_enquiry_id, c.plan_id,
                               c.chair
                          from cp_conference c where c.person_id = :p""")
                .param("p", p).query((rs, n) -> {
                    boolean initial = rs.getString("kind").equals("INITIAL");
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate held = rs.getObject("held_on", LocalDate.class);
                    boolean late = held.isAfter(due);
                    String clock = initial ? "15 working days" : "its review timescale";
                    String href = initial ? "/casework/s47/" + rs.getLong("s47_enquiry_id")
                            : "/casework/plans/" + rs.getLong("plan_id");
                    return new Dated(new Entry(held, initial ? "Initial child protection conference"
                            : "Review child protection conference", "Decision: " + label(rs.getString("decision"))
                            + (rs.getString("category") == null ? "" : " (" + category(rs.getString("category")) + ")")
                            + ". Due " + d(due) + ".", "Chair: " + rs.getString("chair"),
                            late ? Status.LATE : Status.ON_TIME, late ? "Late: after " + clock : "Within " + clock,
                            href, false, null), 6, rs.getLong("id"));
                }).list();
    }

    /** Plans in order, so a second or subsequent plan of the same kind is flagged. */
    private List<Dated> plans(long p, Current current) {
        record Row(long id, String kind, LocalDate startedOn, String category, LocalDate endedOn, String endReason,
                   String worker) {
        }
        List<Row> rows = jdbc.sql("""
                        select pl.id, pl.kind, pl.started_on, pl.category, pl.ended_on, pl.end_reason,
                               coalesce(u.display_name, pl.social_worker) as worker
                          from plan pl left join app_user u on u.username = pl.social_worker
                         where pl.person_id = :p order by pl.started_on, pl.id""")
                .param("p", p).query(Row.class).list();
        List<Dated> out = new ArrayList<>();
        int cp = 0;
        int cin = 0;
        for (Row r : rows) {
            boolean isCp = r.kind().equals("CP");
            int number = isCp ? ++cp : ++cin;
            String name = isCp ? "Child protection plan" : "Child in need plan";
            if (r.endedOn() == null) {
                current.consider(isCp ? 1 : 2, name + (isCp ? " (" + category(r.category()) + ")" : ""),
                        r.startedOn());
            }
            out.add(new Dated(new Entry(r.startedOn(), name, (isCp ? "Category: " + category(r.category()) + ". "
                    : "") + (r.endedOn() == null ? "" : "Ended " + d(r.endedOn()) + ": " + r.endReason() + "."),
                    r.worker(), r.endedOn() == null ? Status.OPEN : Status.DONE,
                    r.endedOn() == null ? "Open" : "Ended", "/casework/plans/" + r.id(), number > 1,
                    number > 1 ? (number == 2 ? "Second " : "Subsequent (" + number + "th) ") + name.toLowerCase()
                            : null), 7, r.id()));
        }
        return out;
    }

    private List<Dated> closures(long p, Current current) {
        return jdbc.sql("""
                        select c.id, c.referral_id, c.reason_code, c.closed_on, c.signed_off_at,
                               coalesce(q.display_name, c.requested_by) as requested_by,
                               coalesce(m.display_name, c.signed_off_by) as signed_off_by
                          from closure c left join app_user q on q.username = c.requested_by
                          left join app_user m on m.username = c.signed_off_by
                         where c.person_id = :p""")
                .param("p", p).query((rs, n) -> {
                    LocalDate on = rs.getObject("closed_on", LocalDate.class);
                    boolean signed = rs.getTimestamp("signed_off_at") != null;
                    ClosureReason reason = ClosureReason.parse(rs.getString("reason_code"));
                    if (signed) {
                        current.closed(on, reason);
                    }
                    return new Dated(new Entry(on, "Closure", reason.codeAndLabel() + ".",
                            rs.getString("requested_by") + (signed ? "; signed off by " + rs.getString("signed_off_by")
                            : ""), signed ? Status.DONE : Status.PENDING, signed ? "Closed" : "Awaiting sign-off",
                            "/casework/referrals/" + rs.getLong("referral_id") + "/closure", false, null), 8,
                            rs.getLong("id"));
                }).list();
    }

    private static Status clock(LocalDate done, LocalDate due, LocalDate today) {
        if (done != null) {
            return done.isAfter(due) ? Status.LATE : Status.ON_TIME;
        }
        return today.isAfter(due) ? Status.OVERDUE : Status.OPEN;
    }

    private static String clockText(LocalDate done, LocalDate due, LocalDate today, String rule) {
        return switch (clock(done, due, today)) {
            case ON_TIME -> "Completed " + rule;
            case LATE -> "Completed late: not " + rule;
            case OVERDUE -> "Overdue: not " + rule;
            default -> "Open";
        };
    }

    private static String d(LocalDate date) {
        return Formatting.date(date);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String category(String code) {
        if (code == null) {
            return "category not recorded";
        }
        return switch (code) {
            case "NEG" -> "neglect";
            case "PHY" -> "physical abuse";
            case "EMO" -> "emotional abuse";
            case "SAB" -> "sexual abuse";
            case "MUL" -> "multiple categories";
            default -> code;
        };
    }

    /** Outcome codes from every step, in words. */
    static String label(String code) {
        if (code == null) {
            return "not recorded";
        }
        return switch (code) {
            case "NFA" -> "no further action";
            case "INFORMATION_ADVICE" -> "information and advice";
            case "UNIVERSAL_SERVICES" -> "universal services";
            case "EARLY_HELP" -> "early help";
            case "SINGLE_ASSESSMENT", "S17_ASSESSMENT" -> "single assessment (s17)";
            case "STRATEGY_DISCUSSION" -> "strategy discussion";
            case "OPEN_CASE" -> "pass to the allocated worker";
            case "LADO" -> "LADO";
            case "OTHER_LA" -> "transfer to another local authority";
            case "CIN_PLAN" -> "child in need plan";
            case "CP_PLAN" -> "child protection plan";
            case "ICPC" -> "initial child protection conference";
            case "S47_SINGLE_AGENCY" -> "s47 enquiry, single agency";
            case "S47_JOINT" -> "s47 enquiry, joint with police";
            case "CONTINUE_PLAN" -> "continue the plan";
            case "END_PLAN" -> "end the plan";
            default -> code.toLowerCase().replace('_', ' ');
        };
    }

    /** The most serious involvement still open (a CP plan outranks a referral), or the last closure. */
    private static final class Current {
        private int rank = Integer.MAX_VALUE;
        private String what;
        private LocalDate since;
        private LocalDate openSince;
        private LocalDate closedOn;
        private ClosureReason closedFor;

        void consider(int rank, String what, LocalDate since) {
            if (rank < this.rank || (rank == this.rank && since.isAfter(this.since))) {
                this.rank = rank;
                this.what = what;
                this.since = since;
            }
            openSince = openSince == null || since.isBefore(openSince) ? since : openSince;
        }

        void closed(LocalDate on, ClosureReason reason) {
            if (closedOn == null || on.isAfter(closedOn)) {
                closedOn = on;
                closedFor = reason;
            }
        }

        String describe() {
            if (what != null) {
                return what + " since " + Formatting.date(since);
            }
            if (closedOn != null) {
                return "Closed on " + Formatting.date(closedOn) + " (" + closedFor.codeAndLabel() + ")";
            }
            return "No open involvement";
        }
    }

    private static final class Formatting {
        private static final java.time.format.DateTimeFormatter DATE =
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

        static String date(LocalDate d) {
            return DATE.format(d);
        }
    }
}
