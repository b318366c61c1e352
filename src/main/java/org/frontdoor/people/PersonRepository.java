package org.frontdoor.people;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

    private static final String COLUMNS =
            "id, first_name, last_name, date_of_birth, sex, ethnicity, nhs_number, address, postcode";

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = :id").param("id", id)
                .query(Person.class).optional();
    }

    /** Plain name search for the children list; fuzzy matching at intake comes with the person index. */
    public List<Person> searchChildren(String text, int limit) {
        String like = "%" + text.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + """
                         from person p
                        where lower(p.first_name || ' ' || p.last_name) like :like
                          and p.merged_into is null
                          and exists (select 1 from contact_subject cc where cc.person_id = p.id)
                        order by p.last_name, p.first_name, p.date_of_birth limit :limit""")
                .param("like", like).param("limit", limit).query(Person.class).list();
    }

    /** Adds someone to the person index; blank details are stored as not known. */
    public long create(NewPerson p, String createdBy) {
        return jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, sex, nhs_number, postcode, created_by)
                        values (:first, :last, :dob, :sex, :nhs, :postcode, :by) returning id""")
                .param("first", p.firstName().trim()).param("last", p.lastName().trim())
                .param("dob", p.dateOfBirth())
                .param("sex", p.sex() == null || p.sex().isBlank() ? "U" : p.sex())
                .param("nhs", blankToNull(NhsNumber.normalise(p.nhsNumber())))
                .param("postcode", blankToNull(p.postcode()))
                .param("by", createdBy)
                .query(Long.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Everyone related to the child, in both directions of the relationship table. */
    public List<FamilyMember> family(long childId) {
        return jdbc.sql("""
                        select p.id as person_id, p.first_name || ' ' || p.last_name as name, p.date_of_birth,
                               r.relationship, r.lives_with
                          from relationship r join person p on p.id = r.related_person_id
                         where r.person_id = :id
                        union all
                        select p.id, p.first_name || ' ' || p.last_name, p.date_of_birth, 'SIBLING', r.lives_with
                          from relationship r join person p on p.id = r.person_id
                         where r.related_person_id = :id and r.relationship = 'SIBLING'
                         order by 4, 3""")
                .param("id", childId).query(FamilyMember.class).list();
    }
}
