package org.frontdoor.casework;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Children on the person index for casework tests, each with a unique surname. */
final class PlanTestChildren {

    record Child(long personId, String name) {
    }

    private PlanTestChildren() {
    }

    static Child child(JdbcClient jdbc, String firstName) {
        String last = "Casework" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, sex, created_by)
                        values (:f, :l, :dob, 'F', 'test') returning id""")
                .param("f", firstName).param("l", last).param("dob", LocalDate.of(2017, 2, 3))
                .query(Long.class).single();
        return new Child(id, firstName + " " + last);
    }
}
