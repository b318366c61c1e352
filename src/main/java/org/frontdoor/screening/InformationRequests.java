package org.frontdoor.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontdoor.access.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The MASH's side of multi-agency information gathering: asking partner agencies, and reading back what is known. */
@Repository
public class InformationRequests {

    private final JdbcClient jdbc;
    private final Clock clock;

    InformationRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Every request to a partner agency about the contact and every check made outside the MASH, oldest first, with
     * names as people read them: this is what a screening decision cites.
     */
    public List<InformationRequestView> forContact(long contactId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select r.id, 'MASH_REQUEST' as source, a.name as agency, r.question,
                               coalesce(ua.display_name, r.asked_by) as asked_by, r.asked_at, r.due_at, r.answer,
                               r.nothing_known, coalesce(ub.display_name, r.answered_by) as answered_by, r.answered_at
                          from information_request r join agency a on a.code = r.agency_code
                          left join app_user ua on ua.username = r.asked_by
                          left join app_user ub on ub.username = r.answered_by
                         where r.contact_id = :id
                        union all
                        select o.id, 'OUTSIDE_MASH', o.organisation, null, coalesce(u.display_name, o.recorded_by),
                               o.contacted_at, null, o.said, false, o.spoke_to, o.contacted_at
                          from outside_contact o left join app_user u on u.username = o.recorded_by
                         where o.contact_id = :id
                         order by asked_at, source, id""")
                .param("id", contactId).query((rs, n) -> view(rs, now)).list();
    }

    private static InformationRequestView view(ResultSet rs, Instant now) throws SQLException {
        var source = InformationRequestView.Source.valueOf(rs.getString("source"));
        Instant due = instant(rs, "due_at");
        Instant answered = instant(rs, "answered_at");
        var status = source == InformationRequestView.Source.OUTSIDE_MASH ? InformationRequestStatus.OUTSIDE_MASH
                : InformationRequestStatus.of(due, answered, now);
        return new InformationRequestView(rs.getLong("id"), source, rs.getString("agency"), rs.getString("question"),
                rs.getString("asked_by"), instant(rs, "asked_at"), due, rs.getString("answer"),
                rs.getBoolean("nothing_known"), rs.getString("answered_by"), answered, status);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The agencies the MASH can ask: only active ones. */
    List<Agency> activeAgencies() {
        return jdbc.sql("select code, name from agency where active order by name").query(Agency.class).list();
    }

    /**
     * The earliest screening deadline of the contact's children: the current RAG rating's due time (Red is hours,
     * not a day) where the child has been rated, otherwise the one working day decision clock.
     */
    Instant deadline(long contactId) {
        String dueOfChild = ragRecordsDueTimes()
                ? """
                  coalesce((select r.due_at from rag_rating r where r.contact_subject_id = s.id
                             and r.superseded_at is null), s.decision_due_at)"""
                : "s.decision_due_at";
        return jdbc.sql("select min(" + dueOfChild + ") from contact_subject s"
                        + " where s.contact_id = :id and s.role = 'CHILD'")
                .param("id", contactId).query((rs, n) -> instant(rs, "min")).optional().orElse(null);
    }

    /** RAG ratings are another step's table: if it is absent or reshaped, the decision clock is used rather than failing. */
    private boolean ragRecordsDueTimes() {
        return jdbc.sql("""
                        select count(distinct column_name) = 3 from information_schema.columns
                         where table_schema = current_schema() and table_name = 'rag_rating'
                           and column_name in ('contact_subject_id', 'due_at', 'superseded_at')""")
                .query(Boolean.class).single();
    }

    /** Asks each active agency once per form; returns how many requests were made (0 if the form was sent before). */
    int ask(long contactId, List<String> agencyCodes, String question, Instant dueAt, UUID formToken, String by) {
        int made = 0;
        for (String code : agencyCodes) {
            made += jdbc.sql("""
                            insert into information_request (contact_id, agency_code, question, asked_by, due_at,
                                                             form_token)
                            select :contact, code, :question, :by, :due, :token from agency where code = :code and active
                            on conflict (form_token, agency_code) do nothing""")
                    .param("contact", contactId).param("code", code).param("question", question).param("by", by)
                    .param("due", Timestamp.from(dueAt)).param("token", formToken).update();
        }
        return made;
    }
}
