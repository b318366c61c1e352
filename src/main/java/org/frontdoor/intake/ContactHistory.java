package org.frontdoor.intake;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A child's history at the Front Door, newest first: what a worker reads before deciding anything. */
@Repository
public class ContactHistory {

    public record Referral(long id, Instant referredAt, String sourceCode, Long contactId) {
        public String sourceLabel() {
            return ReferralSource.ofCode(sourceCode).label();
        }
    }

    private final JdbcClient jdbc;

    public ContactHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactSummary> forChild(long personId) {
        return jdbc.sql("""
                        select c.id, c.received_at, c.source_code, c.referrer_agency, c.worries, c.immediate_danger,
                               c.consent
                          from contact c join contact_subject s on s.contact_id = c.id
                         where s.person_id = :id and s.role = 'CHILD'
                         order by c.received_at desc""")
                .param("id", personId).query(ContactSummary.class).list();
    }

    public List<Referral> referrals(long personId) {
        return jdbc.sql("""
                        select r.id, r.referred_at, r.source_code, s.contact_id
                          from referral r left join contact_subject s on s.id = r.contact_subject_id
                         where r.person_id = :id
                         order by r.referred_at desc""")
                .param("id", personId).query(Referral.class).list();
    }
}
