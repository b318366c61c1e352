package org.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** Loads a small borough into a temporary PostgreSQL; the context is dropped afterwards so no other test sees it. */
@SpringBootTest(properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
        "frontdoor.demo.load-on-empty=false"})
@DirtiesContext
class DemoDataTest {

    private static final DemoOptions OPTIONS = new DemoOptions(42, 1, DemoOptions.Size.SMALL, LocalDate.of(2026, 11, 23));

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsEveryRowThenLetsNewRecordsTakeTheNextIds() throws Exception {
        DemoSummary summary = demo.load(OPTIONS, true);
        DemoWorld world = DemoWorld.generate(OPTIONS);

        assertThat(count("person")).isEqualTo(world.people().size()).isEqualTo(summary.people());
        assertThat(count("relationship")).isEqualTo(world.relationships().size());
        assertThat(count("contact")).isEqualTo(world.contacts().size()).isEqualTo(5_000);
        assertThat(count("contact_subject")).isEqualTo(world.subjects()).isEqualTo(summary.subjects());
        assertThat(count("contact_subject where role = 'CHILD'"))
                .isEqualTo(world.contacts().stream().mapToLong(c -> c.children().size()).sum());
        assertThat(count("referral")).isEqualTo(world.referrals()).isEqualTo(summary.referrals()).isPositive();
        assertThat(count("consent_override")).isPositive()
                .isEqualTo(world.contacts().stream().filter(c -> c.consentOverriddenAt() != null).count());
        assertThat(count("app_user")).isGreaterThanOrEqualTo(DemoUsers.USERS.size());
        assertThat(demo.people()).isEqualTo(world.people().size());
        assertThat(violations()).isEmpty();
        // What the schema cannot say: a referral is of the child its subject row names, after the contact came.
        assertThat(count("""
                referral r join contact_subject s on s.id = r.contact_subject_id join contact c on c.id = s.contact_id
                 where s.person_id <> r.person_id or s.role <> 'CHILD' or r.source_code <> c.source_code
                    or r.referred_at < c.received_at or r.referred_at > s.decision_due_at""")).isZero();
        assertThat(count("contact c where not exists (select 1 from contact_subject s "
                + "where s.contact_id = c.id and s.role = 'FATHER') and coalesce(c.father_not_known_reason, '') = ''"))
                .isZero();

        long person = jdbc.sql("insert into person (first_name, last_name, created_by) values ('New', 'Child', 'test') "
                + "returning id").query(Long.class).single();
        assertThat(person).isEqualTo(world.people().size() + 1L);
        long contact = jdbc.sql("insert into contact (received_at, recorded_by, source_code, worries, consent_reason) "
                + "values (now(), 'test', '9', 'New contact', 'Anonymous referrer') returning id")
                .query(Long.class).single();
        assertThat(contact).isEqualTo(world.contacts().size() + 1L);
        long relationship = jdbc.sql("insert into relationship (person_id, related_person_id, relationship, created_by) "
                + "values (:child, 1, 'OTHER', 'test') returning id").param("child", person).query(Long.class).single();
        assertThat(relationship).isEqualTo(world.relationships().size() + 1L);
        long subject = jdbc.sql("insert into contact_subject (contact_id, role, first_name, last_name, person_id, "
                        + "decision_due_at) values (:contact, 'CHILD', 'New', 'Child', :child, now()) returning id")
                .param("contact", contact).param("child", person).query(Long.class).single();
        assertThat(subject).isEqualTo(world.subjects() + 1);
        long referral = jdbc.sql("insert into referral (person_id, contact_subject_id, referred_at, source_code, "
                        + "created_by) values (:child, :subject, now(), '9', 'test') returning id")
                .param("child", person).param("subject", subject).query(Long.class).single();
        assertThat(referral).isEqualTo(world.referrals() + 1);

        // Loading again replaces everything, the new records too.
        demo.load(OPTIONS, true);
        assertThat(count("person")).isEqualTo(world.people().size());
        assertThat(count("contact")).isEqualTo(world.contacts().size());
        assertThat(count("referral")).isEqualTo(world.referrals());
        assertThat(violations()).isEmpty();
    }

    /**
     * The load skips foreign key triggers, so check every foreign key and check constraint of every table now, by
     * the catalogue: a constraint a later migration adds is checked too.
     */
    private List<String> violations() {
        List<String> violations = new ArrayList<>();
        List<Map<String, Object>> constraints = jdbc.sql("""
                select c.conname, c.contype, c.conrelid::regclass::text as tab, c.confrelid::regclass::text as ref,
                       pg_get_constraintdef(c.oid) as def,
                       (select string_agg(quote_ident(a.attname), ',' order by k.n) from unnest(c.conkey)
                               with ordinality k(attnum, n) join pg_attribute a
                               on a.attrelid = c.conrelid and a.attnum = k.attnum) as cols,
                       (select string_agg(quote_ident(a.attname), ',' order by k.n) from unnest(c.confkey)
                               with ordinality k(attnum, n) join pg_attribute a
                               on a.attrelid = c.confrelid and a.attnum = k.attnum) as refcols
                  from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                 where n.nspname = current_schema() and c.contype in ('f', 'c')""").query().listOfRows();
        for (Map<String, Object> c : constraints) {
            String table = (String) c.get("tab");
            String where;
            if ("f".equals(String.valueOf(c.get("contype")))) {
                String cols = (String) c.get("cols");
                String refcols = (String) c.get("refcols");
                where = "(" + cols + ") is not null and (" + cols + ") not in (select " + refcols + " from "
                        + c.get("ref") + ")";
            } else {
                String check = ((String) c.get("def")).replaceFirst("^CHECK ", "").replaceFirst(" NOT VALID$", "");
                where = "not coalesce(" + check + ", true)";
            }
            long count = jdbc.sql("select count(*) from " + table + " where " + where).query(Long.class).single();
            if (count > 0) {
                violations.add(c.get("conname") + ": " + count);
            }
        }
        assertThat(constraints).hasSizeGreaterThan(15);
        return violations;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
