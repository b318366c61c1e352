package org.frontdoor.screening;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checks a worker made with agencies outside the MASH; they are read back with {@link InformationRequests}. */
@Repository
class OutsideContacts {

    private final JdbcClient jdbc;

    OutsideContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long record(long contactId, OutsideContactForm form, java.time.Instant contactedAt, String by) {
        return jdbc.sql("""
                        insert into outside_contact (contact_id, organisation, spoke_to, contacted_at, said, recorded_by)
                        values (:contact, :organisation, :spokeTo, :at, :said, :by) returning id""")
                .param("contact", contactId).param("organisation", form.getOrganisation().strip())
                .param("spokeTo", form.getSpokeTo().strip()).param("at", Timestamp.from(contactedAt))
                .param("said", form.getSaid().strip()).param("by", by).query(Long.class).single();
    }
}
