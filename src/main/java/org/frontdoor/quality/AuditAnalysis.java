package org.frontdoor.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Completed audits' overall grades by template, month and team, and the questions most often graded poorly. */
@Repository
public class AuditAnalysis {

    /** One row of a distribution: the count of each overall grade. */
    public record Row(String template, String group, Map<Grade, Integer> counts) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(Grade g) {
            return counts.getOrDefault(g, 0);
        }

        /** Good or better, the figure LAs report. */
        public int goodOrBetterPercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * (count(Grade.OUTSTANDING) + count(Grade.GOOD)) / total());
        }
    }

    public record Theme(String template, String section, String question, int graded, int poor) {
        public int poorPercent() {
            return graded == 0 ? 0 : (int) Math.round(100.0 * poor / graded);
        }
    }

    private final JdbcClient jdbc;

    AuditAnalysis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By template and month (YYYY-MM, service time), newest month first. */
    public List<Row> byTemplateAndMonth(Instant from, Instant to) {
        return rows("to_char(a.completed_at at time zone 'Europe/London', 'YYYY-MM')", from, to,
                "t.name, grp desc");
    }

    /** By the team of the worker who decided. */
    public List<Row> byTemplateAndTeam(Instant from, Instant to) {
        return rows("coalesce(u.team, 'No team')", from, to, "t.name, grp");
    }

    private List<Row> rows(String group, Instant from, Instant to, String order) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select t.name, %s as grp, a.overall_grade, count(*) as n
                  from audit a join audit_template t on t.id = a.template_id
                  left join decision d on d.contact_subject_id = a.contact_subject_id
                  left join app_user u on u.username = d.decided_by
                 where a.status = 'COMPLETED' and a.completed_at >= :from and a.completed_at < :to
                 group by t.name, grp, a.overall_grade order by %s""".formatted(group, order))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    Row row = rows.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2),
                            k -> new Row(safe(rs, 1), safe(rs, 2), new EnumMap<>(Grade.class)));
                    row.counts().put(Grade.valueOf(rs.getString(3)), rs.getInt(4));
                    return row;
                }).list();
        return new ArrayList<>(rows.values());
    }

    private static String safe(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The questions most often graded requires improvement or inadequate, of those graded (not "not applicable"). */
    public List<Theme> themes(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select t.name as template, s.title as section, q.text as question,
                       count(*) filter (where an.grade <> 'NOT_APPLICABLE') as graded,
                       count(*) filter (where an.grade in ('REQUIRES_IMPROVEMENT', 'INADEQUATE')) as poor
                  from audit_answer an join audit a on a.id = an.audit_id
                  join audit_question q on q.id = an.question_id join audit_section s on s.id = q.section_id
                  join audit_template t on t.id = s.template_id
                 where a.status = 'COMPLETED' and a.completed_at >= :from and a.completed_at < :to
                 group by t.name, s.title, q.text
                having count(*) filter (where an.grade in ('REQUIRES_IMPROVEMENT', 'INADEQUATE')) > 0
                 order by poor desc, graded, t.name, q.text limit :limit""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query(Theme.class).list();
    }
}
