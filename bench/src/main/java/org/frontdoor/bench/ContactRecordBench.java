package org.frontdoor.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.frontdoor.demo.DemoData;
import org.frontdoor.intake.Consent;
import org.frontdoor.intake.ContactRecorder;
import org.frontdoor.intake.NewContact;
import org.frontdoor.intake.Route;
import org.frontdoor.intake.SubjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * contact-record: how much dearer recording a small contact through {@link ContactRecorder#record} is (two siblings
 * and their mother, all already matched to the person index) than inserting the same rows with plain SQL in one
 * transaction: the contact and its three contact_subject rows.
 *
 * <p>The recorder also checks the contact's rules, looks for an earlier copy by its form token, checks each linked
 * person exists, works out the decision clock on working days, links the family in the index and writes the access
 * log: that is what the ratio prices. Both commit. The benchmark's contacts are deleted afterwards. Tune with
 * -Dbench.contacts (default 300 of each, interleaved) and -Dbench.warmup-contacts (50).
 */
class ContactRecordBench extends BenchBase {

    private static final long SEED = 20261123;
    /** Every contact this benchmark makes says so, so that it can be deleted again. */
    private static final String WORRIES = "Benchmark contact: ";

    @Autowired DemoData demo;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired PlatformTransactionManager transactions;

    private record Person(long id, String firstName, String lastName, LocalDate dateOfBirth, String sex, String nhs,
                          String postcode) {
    }

    private record Family(Person child1, Person child2, Person mother) {
    }

    @Test
    void contactRecord() throws Exception {
        BenchDataset.ensureLoaded(demo, jdbc);
        deleteBenchContacts();
        double load = Results.loadAverage();
        int contacts = Integer.getInteger("bench.contacts", 300);
        int warmups = Integer.getInteger("bench.warmup-contacts", 50);
        List<Family> families = families(200);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Timings recorded = new Timings();
        Timings plain = new Timings();
        Random order = new Random(SEED);
        for (int i = -warmups; i < contacts; i++) {
            Family family = families.get(Math.floorMod(i, families.size()));
            NewContact contact = contact(family, i, order);
            boolean recorderFirst = order.nextBoolean();
            long a = 0;
            long b = 0;
            for (int turn = 0; turn < 2; turn++) {
                long start = System.nanoTime();
                if (recorderFirst == (turn == 0)) {
                    recorder.record(contact, "sam.patel");
                    a = System.nanoTime() - start;
                } else {
                    tx.executeWithoutResult(status -> insertPlainly(contact, "sam.patel"));
                    b = System.nanoTime() - start;
                }
            }
            if (i >= 0) {
                recorded.add(a);
                plain.add(b);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("contact-record: ContactRecorder.record vs plain SQL inserts of the same rows\n");
        out.append(Results.machine(jdbc, load));
        out.append("a phone contact about 2 siblings and their mother, all linked to the person index; %d of each,%n"
                .formatted(contacts));
        out.append("interleaved, after %d warm-up contacts of each; each in its own committed transaction%n%n"
                .formatted(warmups));
        out.append(String.format(Locale.UK, "%-50s %10s %10s%n", "", "median", "p95"));
        out.append(String.format(Locale.UK, "%-50s %10s %10s%n", "plain SQL: 1 contact + 3 subject rows (baseline)",
                Timings.ms(plain.medianMs()), Timings.ms(plain.p95Ms())));
        out.append(String.format(Locale.UK, "%-50s %10s %10s%n", "ContactRecorder.record",
                Timings.ms(recorded.medianMs()), Timings.ms(recorded.p95Ms())));
        out.append(String.format(Locale.UK, "%-50s %10s %10s%n", "ratio recorder / baseline",
                Timings.ratio(recorded.medianMs(), plain.medianMs()), Timings.ratio(recorded.p95Ms(), plain.p95Ms())));
        Results.publish("contact-record", out.toString());
    }

    @AfterEach
    void deleteBenchContacts() {
        String mine = "select id from contact where worries like '" + WORRIES + "%'";
        jdbc.sql("delete from contact_subject where contact_id in (" + mine + ")").update();
        jdbc.sql("delete from contact where id in (" + mine + ")").update();
    }

    /** Pairs of siblings under 16 with their mother, as the index records them: the recorder adds no new links. */
    private List<Family> families(int how) {
        return jdbc.sql("""
                        select c1.id, c1.first_name, c1.last_name, c1.date_of_birth, c1.sex, c1.nhs_number, c1.postcode,
                               c2.id, c2.first_name, c2.last_name, c2.date_of_birth, c2.sex, c2.nhs_number, c2.postcode,
                               m.id, m.first_name, m.last_name, m.date_of_birth, m.sex, m.nhs_number, m.postcode
                          from relationship r1
                          join relationship r2 on r2.related_person_id = r1.related_person_id
                                              and r2.relationship = 'MOTHER' and r2.person_id > r1.person_id
                          join person c1 on c1.id = r1.person_id
                          join person c2 on c2.id = r2.person_id
                          join person m on m.id = r1.related_person_id
                         where r1.relationship = 'MOTHER'
                           and c1.date_of_birth > current_date - interval '16 years'
                           and c2.date_of_birth > current_date - interval '16 years'
                           and c1.merged_into is null and c2.merged_into is null and m.merged_into is null
                         order by r1.related_person_id, r1.person_id, r2.person_id
                         limit :how""")
                .param("how", how)
                .query((rs, n) -> new Family(person(rs, 1), person(rs, 8), person(rs, 15)))
                .list();
    }

    private static Person person(java.sql.ResultSet rs, int at) throws java.sql.SQLException {
        String nhs = rs.getString(at + 5);
        return new Person(rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2),
                rs.getObject(at + 3, LocalDate.class), rs.getString(at + 4), nhs == null ? null : nhs.trim(),
                rs.getString(at + 6));
    }

    private static NewContact contact(Family f, int i, Random random) {
        Instant received = Instant.now().minus(Duration.ofMinutes(30));
        return new NewContact(received, Route.PHONE, "2A",
                new NewContact.Referrer("Pat Teacher", "Kingsmere Primary", "Designated safeguarding lead",
                        "01632 960 001", "dsl@example.org"),
                WORRIES + i + ": both children arrived hungry and unwashed again this week.", null, false,
                List.of(subject(SubjectRole.CHILD, f.child1()), subject(SubjectRole.CHILD, f.child2()),
                        subject(SubjectRole.MOTHER, f.mother())),
                "Mother did not name the father",
                new NewContact.ConsentRecord(Consent.GIVEN, "Mother", received, null, null), null, null,
                new UUID(random.nextLong(), random.nextLong()));
    }

    private static NewContact.Subject subject(SubjectRole role, Person p) {
        return new NewContact.Subject(role, p.firstName(), p.lastName(), p.dateOfBirth(), p.sex(), p.nhs(),
                p.postcode(), false, p.id());
    }

    /** What a system with no rules, clocks, family links or access log would write: the same contact and subjects. */
    private void insertPlainly(NewContact c, String by) {
        Timestamp now = Timestamp.from(Instant.now());
        NewContact.Referrer r = c.referrer();
        long id = jdbc.sql("""
                        insert into contact (received_at, recorded_at, recorded_by, route, source_code, referrer_name,
                                             referrer_agency, referrer_role, referrer_phone, referrer_email, worries,
                                             referrer_actions, immediate_danger, partner_agency, partner_reference,
                                             form_token, father_not_known_reason, consent, consent_given_by,
                                             consent_given_at, consent_reason, consent_authorised_by)
                        values (:received, :now, :by, :route, :source, :rname, :ragency, :rrole, :rphone, :remail,
                                :worries, :actions, :danger, null, null, null, :father, :consent, :givenBy,
                                :givenAt, null, null)
                        returning id""")
                .param("received", Timestamp.from(c.receivedAt())).param("now", now).param("by", by)
                .param("route", c.route().name()).param("source", c.sourceCode()).param("rname", r.name())
                .param("ragency", r.agency()).param("rrole", r.role()).param("rphone", r.phone())
                .param("remail", r.email()).param("worries", c.worries()).param("actions", c.referrerActions())
                .param("danger", c.immediateDanger()).param("father", c.fatherNotKnownReason())
                .param("consent", c.consent().status().name()).param("givenBy", c.consent().givenBy())
                .param("givenAt", Timestamp.from(c.consent().givenAt()))
                .query(Long.class).single();
        Timestamp due = Timestamp.from(c.receivedAt().plus(Duration.ofDays(1)));
        for (NewContact.Subject s : c.subjects()) {
            jdbc.sql("""
                            insert into contact_subject (contact_id, role, first_name, last_name, date_of_birth, sex,
                                                         nhs_number, postcode, care_leaver, person_id, linked_by,
                                                         linked_at, decision_due_at)
                            values (:contact, :role, :first, :last, :dob, :sex, :nhs, :postcode, :careLeaver, :person,
                                    :by, :now, :due)""")
                    .param("contact", id).param("role", s.role().name()).param("first", s.firstName())
                    .param("last", s.lastName()).param("dob", s.dateOfBirth()).param("sex", s.sex())
                    .param("nhs", s.nhsNumber()).param("postcode", s.postcode()).param("careLeaver", s.careLeaver())
                    .param("person", s.personId()).param("by", by).param("now", now)
                    .param("due", s.role().isChild() ? due : null)
                    .update();
        }
    }
}
