package org.frontdoor.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit templates as data. A QA officer edits a draft, made as a copy of the published version; publishing it
 * retires the old version, which audits already begun keep using. The database refuses changes to published ones.
 */
@Repository
public class AuditTemplates {

    public record Summary(long id, String name, int version, String status, Instant publishedAt, long questions,
                          long audits) {
    }

    private final JdbcClient jdbc;

    AuditTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every template, newest first within a name. */
    public List<Summary> all() {
        return jdbc.sql("""
                select t.id, t.name, t.version, t.status, t.published_at,
                       (select count(*) from audit_question q join audit_section s on s.id = q.section_id
                         where s.template_id = t.id) as questions,
                       (select count(*) from audit a where a.template_id = t.id) as audits
                  from audit_template t order by t.name, t.version desc""").query(Summary.class).list();
    }

    /** The versions an audit can start on: one published version per name. */
    public List<Summary> published() {
        return all().stream().filter(s -> s.status().equals("PUBLISHED")).toList();
    }

    public Optional<AuditTemplate> find(long id) {
        return jdbc.sql("select id, name, version, status, published_at from audit_template where id = :id")
                .param("id", id)
                .query((rs, n) -> new AuditTemplate(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
                        rs.getString("status"), rs.getObject("published_at", java.time.OffsetDateTime.class) == null
                        ? null : rs.getObject("published_at", java.time.OffsetDateTime.class).toInstant(),
                        sections(rs.getLong("id"))))
                .optional();
    }

    private List<AuditTemplate.Section> sections(long templateId) {
        return jdbc.sql("select id, position, title from audit_section where template_id = :t order by position, id")
                .param("t", templateId)
                .query((rs, n) -> new AuditTemplate.Section(rs.getLong("id"), rs.getInt("position"),
                        rs.getString("title"), jdbc.sql("""
                                select id, position, text, hint from audit_question where section_id = :s
                                 order by position, id""").param("s", rs.getLong("id"))
                        .query(AuditTemplate.Question.class).list()))
                .list();
    }

    /** The draft of this template's next version, copied from the latest version; the existing draft if there is one. */
    @Transactional
    public long draftFrom(long id, String by) {
        AuditTemplate from = find(id).orElseThrow();
        Optional<Long> existing = jdbc.sql("select id from audit_template where name = :n and status = 'DRAFT'")
                .param("n", from.name()).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        int next = jdbc.sql("select max(version) + 1 from audit_template where name = :n").param("n", from.name())
                .query(Integer.class).single();
        long draft = jdbc.sql("""
                insert into audit_template (name, version, status, created_by) values (:n, :v, 'DRAFT', :by)
                returning id""").param("n", from.name()).param("v", next).param("by", by).query(Long.class).single();
        for (AuditTemplate.Section s : from.sections()) {
            long section = addSection(draft, s.title());
            for (AuditTemplate.Question q : s.questions()) {
                addQuestion(section, q.text(), q.hint());
            }
        }
        return draft;
    }

    public long addSection(long templateId, String title) {
        return jdbc.sql("""
                insert into audit_section (template_id, position, title)
                values (:t, (select coalesce(max(position), 0) + 1 from audit_section where template_id = :t), :title)
                returning id""").param("t", templateId).param("title", title.strip()).query(Long.class).single();
    }

    public void addQuestion(long sectionId, String text, String hint) {
        jdbc.sql("""
                insert into audit_question (section_id, position, text, hint)
                values (:s, (select coalesce(max(position), 0) + 1 from audit_question where section_id = :s), :text,
                        :hint)""").param("s", sectionId).param("text", text.strip())
                .param("hint", hint == null || hint.isBlank() ? null : hint.strip()).update();
    }

    public void removeQuestion(long questionId) {
        jdbc.sql("delete from audit_question where id = :q").param("q", questionId).update();
    }

    /** Publishes a draft and retires the version it replaces, in one step. */
    @Transactional
    public void publish(long draftId, String by, Instant at) {
        String name = jdbc.sql("select name from audit_template where id = :id and status = 'DRAFT'")
                .param("id", draftId).query(String.class).single();
        jdbc.sql("update audit_template set status = 'RETIRED' where name = :n and status = 'PUBLISHED'")
                .param("n", name).update();
        jdbc.sql("""
                update audit_template set status = 'PUBLISHED', published_by = :by, published_at = :at
                 where id = :id""").param("by", by).param("at", java.sql.Timestamp.from(at)).param("id", draftId)
                .update();
    }

    /** The section a question belongs to's template, to check it is still a draft. */
    public Optional<Long> templateOfQuestion(long questionId) {
        return jdbc.sql("select s.template_id from audit_question q join audit_section s on s.id = q.section_id "
                + "where q.id = :q").param("q", questionId).query(Long.class).optional();
    }

    public Optional<Long> templateOfSection(long sectionId) {
        return jdbc.sql("select template_id from audit_section where id = :s").param("s", sectionId)
                .query(Long.class).optional();
    }
}
