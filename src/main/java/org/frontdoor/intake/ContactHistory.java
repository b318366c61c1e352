package org.frontdoor.intake;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A child's contacts to the Front Door, newest first. */
@Repository
public class ContactHistory {

    private final JdbcClient jdbc;

    public ContactHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactSummary> forChild(long personId) {
        return jdbc.sql("""
                        select c.id, c.received_at, c.source_code, c.referrer_agency, c.worries, c.immediate_danger
                          from contact c join contact_child cc on cc.contact_id = c.id
                         where cc.person_id = :id
                         order by c.received_at desc""")
                .param("id", personId).query(ContactSummary.class).list();
    }
}
