package org.frontdoor.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact forms in progress, one row per form, kept until the contact is recorded or the worker discards it. */
@Repository
class ContactDrafts {

    record Draft(UUID token, Instant updatedAt, String summary) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ContactDrafts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The draft if this user owns it; someone else's draft is not found. */
    Optional<ContactForm> find(UUID token, String owner) {
        return jdbc.sql("select form::text from contact_draft where token = :t and owner = :o")
                .param("t", token).param("o", owner).query(String.class).optional().map(this::read);
    }

    boolean ownedByAnother(UUID token, String owner) {
        return jdbc.sql("select count(*) from contact_draft where token = :t and owner <> :o")
                .param("t", token).param("o", owner).query(Long.class).single() > 0;
    }

    void save(UUID token, String owner, ContactForm form) {
        jdbc.sql("""
                        insert into contact_draft (token, owner, form) values (:t, :o, cast(:f as jsonb))
                        on conflict (token) do update set form = excluded.form, updated_at = now()
                         where contact_draft.owner = excluded.owner""")
                .param("t", token).param("o", owner).param("f", write(form)).update();
    }

    void delete(UUID token) {
        jdbc.sql("delete from contact_draft where token = :t").param("t", token).update();
    }

    List<Draft> forOwner(String owner) {
        return jdbc.sql("""
                        select token, updated_at,
                               coalesce(nullif(trim(both ' ' from concat_ws(' ', form #>> '{people,0,firstName}',
                                        form #>> '{people,0,lastName}')), ''), 'No child added yet') as summary
                          from contact_draft where owner = :o order by updated_at desc""")
                .param("o", owner).query(Draft.class).list();
    }

    private String write(ContactForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contact form could not be saved as JSON", e);
        }
    }

    private ContactForm read(String text) {
        try {
            return json.readValue(text, ContactForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contact draft could not be read", e);
        }
    }
}
