package org.frontdoor.intake.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import org.frontdoor.intake.Consent;
import org.frontdoor.screening.DecisionOutcomes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads contacts back for the agency that made them: every query is limited to that agency's own. */
@Repository
class PartnerContacts {

    private static final String SELECT = """
            select c.id, c.partner_reference, c.received_at, c.consent,
                   (select count(*) from contact_subject s where s.contact_id = c.id and s.role = 'CHILD') as children
              from contact c
            """;

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final DecisionOutcomes outcomes;

    PartnerContacts(JdbcClient jdbc, ZoneId zone, DecisionOutcomes outcomes) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.outcomes = outcomes;
    }

    Optional<ApiContact> find(String agency, long id) {
        return jdbc.sql(SELECT + " where c.id = :id and c.partner_agency = :agency")
                .param("id", id).param("agency", agency).query(this::map).optional();
    }

    Optional<ApiContact> findByReference(String agency, String reference) {
        return jdbc.sql(SELECT + " where c.partner_agency = :agency and c.partner_reference = :ref")
                .param("agency", agency).param("ref", reference).query(this::map).optional();
    }

    /** Whether the contact exists at all: for the access log only, never for the answer. */
    boolean exists(long id) {
        return jdbc.sql("select count(*) from contact where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** RECEIVED until a manager has signed off a decision for every child; then DECIDED, with the outcomes. */
    private ApiContact map(ResultSet rs, int row) throws SQLException {
        Optional<String> outcome = outcomes.forContact(rs.getLong("id"));
        return new ApiContact(rs.getLong("id"), rs.getString("partner_reference"),
                rs.getTimestamp("received_at").toInstant().atZone(zone).toOffsetDateTime(),
                outcome.isPresent() ? "DECIDED" : "RECEIVED", outcome.orElse(null),
                rs.getInt("children"), Consent.valueOf(rs.getString("consent")));
    }
}
