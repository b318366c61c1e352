package org.frontdoor.screening;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A partner agency's side: its own requests only, and about each child only what a partner needs to check their
 * systems (name, date of birth, address), never the MASH's record.
 */
@Repository
class PartnerQueue {

    /** A request as the partner sees it; {@code children} names the children the contact is about. */
    record Item(long id, long contactId, String agencyCode, String question, String askedBy, Instant askedAt,
                Instant dueAt, String children, String answer, boolean nothingKnown, String answeredBy,
                Instant answeredAt) {
        public InformationRequestStatus status(Instant now) {
            return InformationRequestStatus.of(dueAt, answeredAt, now);
        }
    }

    record Child(String name, LocalDate dateOfBirth, String address, String postcode, Long personId) {
    }

    private static final String ITEM = """
            select r.id, r.contact_id, r.agency_code, r.question, coalesce(ua.display_name, r.asked_by) as asked_by,
                   r.asked_at, r.due_at,
                   (select string_agg(s.first_name || ' ' || s.last_name, ', ' order by s.id) from contact_subject s
                     where s.contact_id = r.contact_id and s.role = 'CHILD') as children,
                   r.answer, r.nothing_known, coalesce(ub.display_name, r.answered_by) as answered_by, r.answered_at
              from information_request r
              left join app_user ua on ua.username = r.asked_by
              left join app_user ub on ub.username = r.answered_by
            """;

    private final JdbcClient jdbc;

    PartnerQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unanswered requests to the agency, the one due soonest (or most overdue) first. */
    List<Item> awaiting(String agency) {
        return jdbc.sql(ITEM + " where r.agency_code = :agency and r.answered_at is null order by r.due_at, r.id")
                .param("agency", agency).query(Item.class).list();
    }

    List<Item> answeredRecently(String agency, int limit) {
        return jdbc.sql(ITEM + " where r.agency_code = :agency and r.answered_at is not null"
                        + " order by r.answered_at desc limit :limit")
                .param("agency", agency).param("limit", limit).query(Item.class).list();
    }

    /** The request if it was sent to this agency; any other agency's is as good as not there. */
    Optional<Item> find(long id, String agency) {
        return jdbc.sql(ITEM + " where r.id = :id and r.agency_code = :agency")
                .param("id", id).param("agency", agency == null ? "" : agency).query(Item.class).optional();
    }

    /** The children the contact is about; the address is the person index's, once the MASH has matched them. */
    List<Child> children(long contactId) {
        return jdbc.sql("""
                        select s.first_name || ' ' || s.last_name as name, s.date_of_birth, p.address,
                               coalesce(s.postcode, p.postcode) as postcode, s.person_id
                          from contact_subject s left join person p on p.id = s.person_id
                         where s.contact_id = :id and s.role = 'CHILD'
                         order by s.date_of_birth nulls last, s.id""")
                .param("id", contactId).query((rs, n) -> {
                    Date dob = rs.getDate("date_of_birth");
                    return new Child(rs.getString("name"), dob == null ? null : dob.toLocalDate(),
                            rs.getString("address"), rs.getString("postcode"), (Long) rs.getObject("person_id"));
                }).list();
    }

    /** Answers once: false if the request is another agency's or already answered. */
    boolean answer(long id, String agency, String answer, boolean nothingKnown, String by) {
        return jdbc.sql("""
                        update information_request
                           set answer = :answer, nothing_known = :nothing, answered_by = :by, answered_at = now()
                         where id = :id and agency_code = :agency and answered_at is null""")
                .param("id", id).param("agency", agency).param("answer", answer).param("nothing", nothingKnown)
                .param("by", by).update() == 1;
    }
}
