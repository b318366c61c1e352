package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A child on the person index with a mother (and optionally a father), referred to children's social care. */
final class AssessmentTestReferrals {

    record Referral(long referralId, long personId, long motherId, Long fatherId, String surname) {
    }

    private AssessmentTestReferrals() {
    }

    static Referral referral(JdbcClient jdbc, Instant referredAt, boolean withFather) {
        String last = "Assessed" + UUID.randomUUID().toString().substring(0, 8);
        long child = person(jdbc, "Ada", last, LocalDate.of(2016, 3, 4));
        long mother = person(jdbc, "Mary", last, LocalDate.of(1990, 1, 1));
        relate(jdbc, child, mother, "MOTHER");
        Long father = null;
        if (withFather) {
            father = person(jdbc, "Tom", last, LocalDate.of(1988, 6, 1));
            relate(jdbc, child, father, "FATHER");
        }
        long referral = jdbc.sql("""
                        insert into referral (person_id, referred_at, source_code, created_by)
                        values (:p, :at, '2A', 'test') returning id""")
                .param("p", child).param("at", Timestamp.from(referredAt)).query(Long.class).single();
        return new Referral(referral, child, mother, father, last);
    }

    private static long person(JdbcClient jdbc, String first, String last, LocalDate dob) {
        return jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, created_by)
                        values (:f, :l, :dob, 'test') returning id""")
                .param("f", first).param("l", last).param("dob", dob).query(Long.class).single();
    }

    /** "related is the relationship of child", as V2 reads the table. */
    private static void relate(JdbcClient jdbc, long child, long related, String relationship) {
        jdbc.sql("""
                        insert into relationship (person_id, related_person_id, relationship, created_by)
                        values (:c, :r, :rel, 'test')""")
                .param("c", child).param("r", related).param("rel", relationship).update();
    }
}
