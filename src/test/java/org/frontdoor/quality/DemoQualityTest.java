package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontdoor.demo.DemoData;
import org.frontdoor.demo.DemoOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** A small borough's quality assurance after a demo load: months of audits, moderated, with overdue actions. */
@SpringBootTest(properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
        "frontdoor.demo.load-on-empty=false"})
@DirtiesContext
class DemoQualityTest {

    @Autowired DemoData demo;
    @Autowired JdbcClient jdbc;

    long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    @Test
    void severalMonthsOfAuditsWithModerationFeedbackAndOverdueActions() throws Exception {
        LocalDate until = LocalDate.of(2026, 11, 23);
        demo.load(new DemoOptions(7, 1, DemoOptions.Size.SMALL, until), true);

        assertThat(count("(select distinct date_trunc('month', completed_at) from audit where status = 'COMPLETED') m"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("audit a where a.sample_method = 'RANDOM' and a.sample_seed is not null and exists "
                + "(select 1 from audit_batch b where b.id = a.batch_id and b.seed = a.sample_seed)"))
                .isEqualTo(count("audit"));
        // Every question of every completed audit graded, each with a rationale; never an audit of one's own work.
        assertThat(count("audit a join audit_section s on s.template_id = a.template_id join audit_question q "
                + "on q.section_id = s.id where a.status = 'COMPLETED' and not exists (select 1 from audit_answer x "
                + "where x.audit_id = a.id and x.question_id = q.id)")).isZero();
        assertThat(count("audit a join decision d on d.contact_subject_id = a.contact_subject_id "
                + "where d.decided_by = a.auditor or d.overseen_by = a.auditor")).isZero();
        assertThat(count("audit_moderation")).isPositive();
        assertThat(count("audit_moderation where moderated_grade <> original_grade")).isPositive();
        // Moderated mostly by the second QA officer, a real user.
        assertThat(count("audit_moderation m join app_user u on u.username = m.moderator "
                + "where u.username = 'qa.moss'")).isPositive();
        assertThat(count("audit_action where done_on is null and due_on < date '2026-11-23'")).isPositive();
        assertThat(count("audit_action where done_on is not null")).isPositive();
        assertThat(count("audit_feedback where acknowledged_at is not null")).isPositive();
        assertThat(count("audit_agency_view")).isPositive();
        // Multi-agency audits graded by the demo partners themselves, each question with its rationale.
        assertThat(count("audit_agency_view where partner is null")).isZero();
        assertThat(count("audit_agency_view v join audit_partner p on p.audit_id = v.audit_id and p.partner = v.partner "
                + "where v.partner in ('dc.ward', 'nurse.begum', 'edu.lewis')")).isEqualTo(count("audit_agency_view"));
        assertThat(count("audit_agency_view v where not exists (select 1 from audit_agency_answer x "
                + "where x.view_id = v.id)")).isZero();
        assertThat(count("audit where completed_at >= timestamptz '2026-11-23T00:00:00Z' "
                + "or started_at >= timestamptz '2026-11-23T00:00:00Z'")).isZero();

        // Loading again over it replaces the audits rather than failing on them.
        long audits = count("audit");
        demo.load(new DemoOptions(7, 1, DemoOptions.Size.SMALL, until), true);
        assertThat(count("audit")).isEqualTo(audits);
        assertThat(count("audit_batch")).isEqualTo(count("(select distinct batch_id from audit) b"));
    }
}
