package org.frontdoor.screening;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A partner agency's own referrals and what the MASH decided, so that a referrer is never left not knowing
 * (seed 003). Only outcomes a manager has signed off are shown, in the plain words a referrer may be told.
 */
@Repository
class PartnerReferrals {

    public record Line(long id, Instant receivedAt, String partnerReference, String referrerName, int children,
                int decided, String outcomes) {

        public boolean allDecided() {
            return decided == children;
        }

        public List<String> outcomeWords() {
            return outcomes == null ? List.of() : Arrays.stream(outcomes.split(","))
                    .map(o -> DecisionOutcome.valueOf(o).plainWords()).distinct().toList();
        }
    }

    private final JdbcClient jdbc;

    PartnerReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> forAgency(String agency, int limit) {
        return jdbc.sql("""
                        select c.id, c.received_at, c.partner_reference, c.referrer_name,
                               count(s.id) as children, count(d.id) as decided,
                               string_agg(d.outcome, ',' order by s.id) as outcomes
                          from contact c
                          join contact_subject s on s.contact_id = c.id and s.role = 'CHILD'
                          left join decision d on d.contact_subject_id = s.id and d.status = 'SIGNED_OFF'
                         where c.partner_agency = :agency
                         group by c.id
                         order by c.received_at desc
                         limit :limit""")
                .param("agency", agency).param("limit", limit).query(Line.class).list();
    }
}
