package org.frontdoor.screening;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The signed-off outcome of a contact, for those outside the MASH (the partner API) who may know it. */
@Service
public class DecisionOutcomes {

    private final JdbcClient jdbc;

    DecisionOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Once every child on the contact has a signed-off decision: their outcomes (e.g. "SINGLE_ASSESSMENT", or
     * "EARLY_HELP,NFA" for siblings decided differently), in the order the children were named. Empty until then.
     */
    public Optional<String> forContact(long contactId) {
        List<String> outcomes = jdbc.sql("""
                        select d.outcome from contact_subject s
                          left join decision d on d.contact_subject_id = s.id and d.status = 'SIGNED_OFF'
                         where s.contact_id = :c and s.role = 'CHILD' order by s.id""")
                .param("c", contactId).query(String.class).list();
        if (outcomes.isEmpty() || outcomes.contains(null)) {
            return Optional.empty();
        }
        return Optional.of(String.join(",", outcomes.stream().distinct().toList()));
    }
}
