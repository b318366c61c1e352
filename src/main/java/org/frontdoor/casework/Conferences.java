package org.frontdoor.casework;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Child protection conferences in the database. A conference is a record of a meeting: never edited. */
@Repository
public class Conferences {

    public record Conference(long id, String kind, Long s47EnquiryId, Long planId, LocalDate dueOn, LocalDate heldOn,
                             String attendees, String decision, String category, String chair) {
        public String decisionLabel() {
            return switch (decision) {
                case "CP_PLAN" -> "Child protection plan";
                case "CIN_PLAN" -> "Child in need plan";
                case "CONTINUE_PLAN" -> "Continue the child protection plan";
                case "END_PLAN" -> "End the child protection plan";
                default -> "No further action";
            };
        }

        public String categoryLabel() {
            return PlanRules.categoryLabel(category);
        }

        /** Held on or before the due day is on time. */
        public org.frontdoor.calendar.ClockStatus status() {
            return ConferenceClocks.status(dueOn, heldOn, null);
        }
    }

    private static final String SELECT = """
            select id, kind, s47_enquiry_id, plan_id, due_on, held_on, attendees, decision, category, chair
              from cp_conference
            """;

    private final JdbcClient jdbc;

    Conferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertInitial(long personId, long s47Id, LocalDate due, LocalDate held, ConferenceForm f, String by) {
        return insert(personId, "INITIAL", s47Id, null, due, held, f, by);
    }

    long insertReview(long personId, long planId, LocalDate due, LocalDate held, ConferenceForm f, String by) {
        return insert(personId, "REVIEW", null, planId, due, held, f, by);
    }

    private long insert(long personId, String kind, Long s47Id, Long planId, LocalDate due, LocalDate held,
                        ConferenceForm f, String by) {
        boolean withCategory = "CP_PLAN".equals(f.getDecision()) || "CONTINUE_PLAN".equals(f.getDecision());
        return jdbc.sql("""
                        insert into cp_conference (person_id, kind, s47_enquiry_id, plan_id, due_on, held_on,
                                                   attendees, decision, category, chair, created_by)
                        values (:p, :kind, :s47, :plan, :due, :held, :attendees, :decision, :category, :chair, :by)
                        returning id""")
                .param("p", personId).param("kind", kind).param("s47", s47Id).param("plan", planId)
                .param("due", Date.valueOf(due)).param("held", Date.valueOf(held)).param("attendees", f.getAttendees())
                .param("decision", f.getDecision()).param("category", withCategory ? f.getCategory() : null)
                .param("chair", f.getChair()).param("by", by).query(Long.class).single();
    }

    /** A plan's review conferences, in the order held. */
    public List<Conference> reviewsOf(long planId) {
        return jdbc.sql(SELECT + " where plan_id = :p and kind = 'REVIEW' order by held_on, id").param("p", planId)
                .query(Conference.class).list();
    }

    public java.util.Optional<Conference> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Conference.class).optional();
    }
}
