package org.frontdoor.intake;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts by consent status for each referral source: which agencies refer without seeking consent (seed 001). */
@Repository
public class ConsentReport {

    public record Row(String sourceCode, long given, long refused, long overridden, long notSought, long dispensed) {
        public long total() {
            return given + refused + notSought + dispensed;
        }

        public String sourceLabel() {
            return sourceCode == null ? "All sources" : ReferralSource.ofCode(sourceCode).label();
        }

        /** Percentage of the row's contacts, to one decimal place, for the table and the bar widths. */
        public double percent(long part) {
            return total() == 0 ? 0 : Math.round(1000.0 * part / total()) / 10.0;
        }
    }

    private final JdbcClient jdbc;

    public ConsentReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per source with any contacts in [from, to), then a total row (sourceCode null). */
    public List<Row> between(Instant from, Instant to) {
        return jdbc.sql("""
                        select c.source_code,
                               count(*) filter (where c.consent = 'GIVEN') as given,
                               count(*) filter (where c.consent = 'REFUSED') as refused,
                               count(o.contact_id) as overridden,
                               count(*) filter (where c.consent = 'NOT_SOUGHT') as not_sought,
                               count(*) filter (where c.consent = 'DISPENSED_WITH') as dispensed
                          from contact c left join consent_override o on o.contact_id = c.id
                         where c.received_at >= :from and c.received_at < :to
                         group by rollup (c.source_code)
                         order by c.source_code is null, substring(c.source_code from '^[0-9]+')::int,
                                  c.source_code""")
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(Row.class).list();
    }
}
