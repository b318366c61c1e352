package org.frontdoor.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions in the database. Every change is guarded by the version the user loaded: a stale one changes nothing. */
@Repository
public class Decisions {

    /** What a worker's form saves: checked by {@link DecisionRules} first. */
    record Values(DecisionOutcome outcome, int level, long thresholdVersionId, int suggestedLevel,
                  String departureReason, String rationale, String riskAnalysis, String multiAgencyView,
                  boolean childViewsSought, String childViewsReason, List<Long> indicatorIds,
                  List<Decision.ParentView> parentViews) {
    }

    /** A decision waiting for a manager, for the oversight queue. */
    public record Awaiting(long id, long contactId, String childName, DecisionOutcome outcome, String decidedBy,
                           String decidedByName, Instant decidedAt) {
    }

    private static final String SELECT = """
            select d.id, d.contact_subject_id, s.contact_id, s.person_id, s.first_name || ' ' || s.last_name as child_name,
                   d.outcome, d.threshold_level, d.threshold_version_id, d.suggested_level, d.departure_reason,
                   d.rationale, d.risk_analysis, d.multi_agency_view, d.child_views_sought, d.child_views_reason,
                   d.status, d.decided_by, coalesce(w.display_name, d.decided_by) as decided_by_name, d.decided_at,
                   d.overseen_by, coalesce(m.display_name, d.overseen_by) as overseen_by_name, d.overseen_at,
                   d.oversight_comment, d.version
              from decision d
              join contact_subject s on s.id = d.contact_subject_id
              left join app_user w on w.username = d.decided_by
              left join app_user m on m.username = d.overseen_by
            """;

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DecisionSubject> subject(long subjectId) {
        return jdbc.sql("""
                        select s.id, s.contact_id, s.first_name, s.last_name, s.date_of_birth, s.person_id,
                               s.decision_due_at, c.received_at, c.source_code, c.referrer_email, c.partner_agency
                          from contact_subject s join contact c on c.id = s.contact_id
                         where s.id = :id and s.role = 'CHILD'""")
                .param("id", subjectId).query(DecisionSubject.class).optional();
    }

    /** The parents and carers the contact names, whose views the decision records. */
    List<DecisionForm.ParentView> parentsOf(long contactId) {
        return jdbc.sql("""
                        select id, first_name || ' ' || last_name as name from contact_subject
                         where contact_id = :c and role in ('MOTHER', 'FATHER', 'STEP_PARENT', 'CARER') order by id""")
                .param("c", contactId).query((rs, n) -> {
                    DecisionForm.ParentView p = new DecisionForm.ParentView();
                    p.setSubjectId(rs.getLong("id"));
                    p.setName(rs.getString("name"));
                    return p;
                }).list();
    }

    public Optional<Decision> forSubject(long subjectId) {
        return jdbc.sql(SELECT + " where d.contact_subject_id = :s").param("s", subjectId)
                .query(Decision.class).optional();
    }

    public Optional<Decision> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Decision.class).optional();
    }

    public List<Decision> forPerson(long personId) {
        return jdbc.sql(SELECT + " where s.person_id = :p order by d.decided_at desc").param("p", personId)
                .query(Decision.class).list();
    }

    public List<Decision> forContact(long contactId) {
        return jdbc.sql(SELECT + " where s.contact_id = :c order by s.id").param("c", contactId)
                .query(Decision.class).list();
    }

    List<Long> indicators(long decisionId) {
        return jdbc.sql("select indicator_id from decision_indicator where decision_id = :d order by indicator_id")
                .param("d", decisionId).query(Long.class).list();
    }

    List<Decision.ParentView> parentViews(long decisionId) {
        return jdbc.sql("""
                        select v.contact_subject_id, s.first_name || ' ' || s.last_name as name, v.sought, v.reason
                          from decision_parent_view v join contact_subject s on s.id = v.contact_subject_id
                         where v.decision_id = :d order by s.id""")
                .param("d", decisionId).query(Decision.ParentView.class).list();
    }

    List<Decision.Step> history(long decisionId) {
        return jdbc.sql("""
                        select o.action, o.manager, coalesce(u.display_name, o.manager) as manager_name, o.at, o.comment
                          from decision_oversight o left join app_user u on u.username = o.manager
                         where o.decision_id = :d order by o.at, o.id""")
                .param("d", decisionId).query(Decision.Step.class).list();
    }

    /** Decisions awaiting a manager, oldest first. */
    public List<Awaiting> awaiting() {
        return jdbc.sql("""
                        select d.id, s.contact_id, s.first_name || ' ' || s.last_name as child_name, d.outcome,
                               d.decided_by, coalesce(u.display_name, d.decided_by) as decided_by_name, d.decided_at
                          from decision d join contact_subject s on s.id = d.contact_subject_id
                          left join app_user u on u.username = d.decided_by
                         where d.status = 'AWAITING_OVERSIGHT' order by d.decided_at, d.id""")
                .query(Awaiting.class).list();
    }

    /** The first decision on a child's contact; empty if someone else's got there first. */
    Optional<Long> insert(long subjectId, Values v, String by, Instant at) {
        Optional<Long> id = jdbc.sql("""
                        insert into decision (contact_subject_id, outcome, threshold_level, threshold_version_id,
                                              suggested_level, departure_reason, rationale, risk_analysis,
                                              multi_agency_view, child_views_sought, child_views_reason, status,
                                              decided_by, decided_at)
                        values (:s, :outcome, :level, :tv, :suggested, :departure, :rationale, :risk, :mav,
                                :childSought, :childReason, 'AWAITING_OVERSIGHT', :by, :at)
                        on conflict (contact_subject_id) do nothing
                        returning id""")
                .param("s", subjectId).params(params(v, by, at)).query(Long.class).optional();
        id.ifPresent(d -> writeDetail(d, v));
        return id;
    }

    /** A revision (after a return, or before oversight) of the version the worker loaded; false if it is stale. */
    boolean update(long id, int version, Values v, String by, Instant at) {
        boolean updated = jdbc.sql("""
                        update decision set outcome = :outcome, threshold_level = :level, threshold_version_id = :tv,
                               suggested_level = :suggested, departure_reason = :departure, rationale = :rationale,
                               risk_analysis = :risk, multi_agency_view = :mav, child_views_sought = :childSought,
                               child_views_reason = :childReason, status = 'AWAITING_OVERSIGHT', decided_by = :by,
                               decided_at = :at, overseen_by = null, overseen_at = null, oversight_comment = null,
                               version = version + 1
                         where id = :id and version = :version and status <> 'SIGNED_OFF'""")
                .param("id", id).param("version", version).params(params(v, by, at)).update() == 1;
        if (updated) {
            jdbc.sql("delete from decision_indicator where decision_id = :d").param("d", id).update();
            jdbc.sql("delete from decision_parent_view where decision_id = :d").param("d", id).update();
            writeDetail(id, v);
        }
        return updated;
    }

    private static java.util.Map<String, Object> params(Values v, String by, Instant at) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("outcome", v.outcome().name());
        p.put("level", v.level());
        p.put("tv", v.thresholdVersionId());
        p.put("suggested", v.suggestedLevel());
        p.put("departure", blankToNull(v.departureReason()));
        p.put("rationale", v.rationale());
        p.put("risk", v.riskAnalysis());
        p.put("mav", blankToNull(v.multiAgencyView()));
        p.put("childSought", v.childViewsSought());
        p.put("childReason", v.childViewsSought() ? null : v.childViewsReason());
        p.put("by", by);
        p.put("at", Timestamp.from(at));
        return p;
    }

    private void writeDetail(long decisionId, Values v) {
        for (Long indicator : v.indicatorIds()) {
            jdbc.sql("insert into decision_indicator (decision_id, indicator_id) values (:d, :i)")
                    .param("d", decisionId).param("i", indicator).update();
        }
        for (Decision.ParentView p : v.parentViews()) {
            jdbc.sql("""
                            insert into decision_parent_view (decision_id, contact_subject_id, sought, reason)
                            values (:d, :s, :sought, :reason)""")
                    .param("d", decisionId).param("s", p.contactSubjectId()).param("sought", p.sought())
                    .param("reason", p.sought() ? null : p.reason()).update();
        }
    }

    /** A manager's sign-off or return of the version they read; false if it changed meanwhile. */
    boolean oversee(long id, int version, boolean signOff, String manager, String comment, Instant at) {
        boolean changed = jdbc.sql("""
                        update decision set status = :status, overseen_by = :m, overseen_at = :at,
                               oversight_comment = :comment, version = version + 1
                         where id = :id and version = :version and status = 'AWAITING_OVERSIGHT'
                           and decided_by <> :m""")
                .param("status", signOff ? "SIGNED_OFF" : "RETURNED").param("m", manager)
                .param("at", Timestamp.from(at)).param("comment", comment).param("id", id).param("version", version)
                .update() == 1;
        if (changed) {
            jdbc.sql("""
                            insert into decision_oversight (decision_id, action, manager, at, comment)
                            values (:d, :action, :m, :at, :comment)""")
                    .param("d", id).param("action", signOff ? "SIGNED_OFF" : "RETURNED").param("m", manager)
                    .param("at", Timestamp.from(at)).param("comment", comment).update();
        }
        return changed;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
