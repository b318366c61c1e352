package org.frontdoor.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partner auditors invited to a multi-agency audit, and the views with per-question grades they give. */
@Repository
public class PartnerAudits {

    /** A partner user who may be invited: one with the partner role and an agency. */
    public record Partner(String username, String displayName, String agencyCode, String agencyName) {
    }

    /** One partner's invitation to an audit; {@code submittedAt} once they have given their agency's view. */
    public record Invitation(long id, long auditId, String partner, String partnerName, String agencyCode,
                             String agencyName, String invitedByName, Instant invitedAt, Instant submittedAt,
                             String childName, String templateName) {
        public boolean submitted() {
            return submittedAt != null;
        }
    }

    private static final String INVITATION = """
            select p.id, p.audit_id, p.partner, coalesce(u.display_name, p.partner) as partner_name, p.agency_code,
                   g.name as agency_name, coalesce(i.display_name, p.invited_by) as invited_by_name, p.invited_at,
                   v.recorded_at as submitted_at, cs.first_name || ' ' || cs.last_name as child_name,
                   t.name as template_name
              from audit_partner p join agency g on g.code = p.agency_code
              join audit a on a.id = p.audit_id
              join contact_subject cs on cs.id = a.contact_subject_id
              join audit_template t on t.id = a.template_id
              left join app_user u on u.username = p.partner
              left join app_user i on i.username = p.invited_by
              left join audit_agency_view v on v.audit_id = p.audit_id and v.partner = p.partner""";

    private final JdbcClient jdbc;

    PartnerAudits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled partner users of an active agency, to choose whom to invite. */
    public List<Partner> partners() {
        return jdbc.sql("""
                select u.username, u.display_name, u.agency_code, g.name as agency_name
                  from app_user u join agency g on g.code = u.agency_code and g.active
                 where u.enabled and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = 'PARTNER')
                 order by g.name, u.display_name""").query(Partner.class).list();
    }

    public Optional<Partner> partner(String username) {
        return partners().stream().filter(p -> p.username().equals(username)).findFirst();
    }

    public void invite(long auditId, Partner partner, String by, Instant at) {
        jdbc.sql("""
                insert into audit_partner (audit_id, partner, agency_code, invited_by, invited_at)
                values (:a, :p, :agency, :by, :at)""").param("a", auditId).param("p", partner.username())
                .param("agency", partner.agencyCode()).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<Invitation> ofAudit(long auditId) {
        return jdbc.sql(INVITATION + " where p.audit_id = :a order by g.name").param("a", auditId)
                .query(Invitation.class).list();
    }

    /** A partner's audits to grade, those still to grade first. */
    public List<Invitation> forPartner(String partner) {
        return jdbc.sql(INVITATION + " where p.partner = :p order by v.recorded_at nulls first, p.invited_at desc")
                .param("p", partner).query(Invitation.class).list();
    }

    public Optional<Invitation> find(long auditId, String partner) {
        return jdbc.sql(INVITATION + " where p.audit_id = :a and p.partner = :p").param("a", auditId)
                .param("p", partner).query(Invitation.class).optional();
    }

    /**
     * The partner's own view: the overall grade with rationale and every question's grade with its rationale; false,
     * storing nothing, if the agency's view was given meanwhile.
     */
    public boolean submit(Invitation invitation, Grade overall, String rationale, Map<Long, AuditRules.Answer> answers,
                          Instant at) {
        Optional<Long> given = jdbc.sql("""
                insert into audit_agency_view (audit_id, agency_code, auditor, grade, rationale, partner, recorded_by,
                                               recorded_at)
                values (:a, :agency, :auditor, :g, :r, :p, :p, :at)
                on conflict (audit_id, agency_code) do nothing returning id""")
                .param("a", invitation.auditId()).param("agency", invitation.agencyCode())
                .param("auditor", invitation.partnerName()).param("g", overall.name()).param("r", rationale.strip())
                .param("p", invitation.partner()).param("at", Timestamp.from(at)).query(Long.class).optional();
        if (given.isEmpty()) {
            return false;
        }
        long view = given.get();
        answers.forEach((question, a) -> {
            if (Grade.parse(a.grade()) != null) {
                jdbc.sql("""
                        insert into audit_agency_answer (view_id, question_id, grade, rationale)
                        values (:v, :q, :g, :r)""").param("v", view).param("q", question).param("g", a.grade())
                        .param("r", a.rationale().strip()).update();
            }
        });
        return true;
    }

    /** Each agency view's answers by question, keyed by the view's id. */
    public Map<Long, Map<Long, AuditRules.Answer>> answers(long auditId) {
        Map<Long, Map<Long, AuditRules.Answer>> byView = new HashMap<>();
        jdbc.sql("""
                select x.view_id, x.question_id, x.grade, x.rationale
                  from audit_agency_answer x join audit_agency_view v on v.id = x.view_id
                 where v.audit_id = :a""").param("a", auditId).query(rs -> {
                    byView.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), new AuditRules.Answer(rs.getString(3), rs.getString(4)));
                });
        return byView;
    }
}
