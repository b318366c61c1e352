package org.frontdoor.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading contacts back, and the few changes made to one after it is recorded. */
@Repository
public class Contacts {

    public record Line(long id, Instant receivedAt, String sourceCode, String referrerAgency, Consent consent,
                       String children, int unmatched, Instant decisionDueAt) {
        public String sourceLabel() {
            return ReferralSource.ofCode(sourceCode).label();
        }
    }

    private final JdbcClient jdbc;

    public Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether early help has a reason to read this contact: the MASH handed one of its children to early help, early
     * help stepped a family up with it, or the practitioner made it.
     */
    public boolean reachesEarlyHelp(long id, String practitioner) {
        return jdbc.sql("""
                        select exists (select 1 from contact_subject s
                                         join decision d on d.contact_subject_id = s.id
                                         join transfer t on t.decision_id = d.id and t.team = 'EARLY_HELP'
                                        where s.contact_id = :id)
                            or exists (select 1 from early_help_episode e where e.stepped_up_contact = :id)
                            or exists (select 1 from contact c where c.id = :id and c.recorded_by = :me)""")
                .param("id", id).param("me", practitioner).query(Boolean.class).single();
    }

    public Optional<ContactView> find(long id) {
        return jdbc.sql("""
                        select c.id, c.received_at, c.recorded_at, c.recorded_by, c.route, c.source_code,
                               c.referrer_name, c.referrer_agency, c.referrer_role, c.referrer_phone, c.referrer_email,
                               c.worries, c.referrer_actions, c.immediate_danger, c.partner_agency,
                               c.partner_reference, c.father_not_known_reason, c.consent, c.consent_given_by,
                               c.consent_given_at, c.consent_reason, c.consent_authorised_by,
                               o.reason as override_reason, o.manager as override_manager, o.overridden_at
                          from contact c left join consent_override o on o.contact_id = c.id
                         where c.id = :id""")
                .param("id", id).query(ContactView.class).optional();
    }

    public List<ContactView.Subject> subjects(long contactId) {
        return jdbc.sql("""
                        select id, role, first_name, last_name, date_of_birth, sex, nhs_number, postcode, care_leaver,
                               person_id, linked_by, decision_due_at
                          from contact_subject where contact_id = :id
                         order by role <> 'CHILD', date_of_birth nulls last, id""")
                .param("id", contactId).query(ContactView.Subject.class).list();
    }

    /** The newest contacts, with how many of the people in each still need matching to the person index. */
    public List<Line> recent(int limit) {
        return jdbc.sql("""
                        select c.id, c.received_at, c.source_code, c.referrer_agency, c.consent,
                               string_agg(s.first_name || ' ' || s.last_name, ', ' order by s.id)
                                   filter (where s.role = 'CHILD') as children,
                               count(*) filter (where s.person_id is null) as unmatched,
                               min(s.decision_due_at) as decision_due_at
                          from (select * from contact order by received_at desc limit :limit) c
                          join contact_subject s on s.contact_id = c.id
                         group by c.id, c.received_at, c.source_code, c.referrer_agency, c.consent
                         order by c.received_at desc""")
                .param("limit", limit).query(Line.class).list();
    }

    /** Overriding a refusal: only once, only of a refusal. Returns false if the contact was not a live refusal. */
    public boolean overrideRefusal(long contactId, String reason, String manager) {
        return jdbc.sql("""
                        insert into consent_override (contact_id, reason, manager)
                        select id, :reason, :manager from contact where id = :id and consent = 'REFUSED'
                        on conflict do nothing""")
                .param("id", contactId).param("reason", reason).param("manager", manager).update() == 1;
    }

    /** Links someone the contact names to a person-index record; false if already linked. */
    public boolean link(long subjectId, long personId, String by) {
        return jdbc.sql("""
                        update contact_subject set person_id = :person, linked_by = :by, linked_at = now()
                         where id = :id and person_id is null""")
                .param("id", subjectId).param("person", personId).param("by", by).update() == 1;
    }

    public Optional<ContactView.Subject> subject(long contactId, long subjectId) {
        return subjects(contactId).stream().filter(s -> s.id() == subjectId).findFirst();
    }
}
