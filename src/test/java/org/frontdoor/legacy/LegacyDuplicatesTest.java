package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Two administrators deciding the same proposed duplicate: the second cannot undo the first's merge by rejecting. */
@FrontdoorTest
class LegacyDuplicatesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    @Test
    void rejectingAPairAnotherAdministratorConfirmedIsRefusedWithWhoAndWhenAndTheMergeStands() throws Exception {
        String firstName = testUsers.create(null, Role.ADMIN);
        Cookie first = SignIn.as(mvc, firstName, TestUsers.PASSWORD);
        Cookie second = SignIn.as(mvc, testUsers.create(null, Role.ADMIN), TestUsers.PASSWORD);
        long proposal = proposedPair();

        mvc.perform(post("/admin/imports/duplicates/" + proposal + "/confirm").cookie(first).with(csrf()))
                .andExpect(redirectedUrl("/admin/imports/duplicates"))
                .andExpect(flash().attribute("success", containsString("Merged as merge")));
        // The second administrator's page still showed the pair: they press Keep apart.
        mvc.perform(post("/admin/imports/duplicates/" + proposal + "/reject").cookie(second).with(csrf()))
                .andExpect(redirectedUrl("/admin/imports/duplicates"))
                .andExpect(flash().attribute("problem", containsString("Test " + firstName
                        + " confirmed these two as the same person at ")))
                .andExpect(flash().attribute("problem", containsString("Nothing was changed")));

        assertThat(jdbc.sql("select status || ' ' || decided_by from legacy_duplicate where id = :id")
                .param("id", proposal).query(String.class).single()).isEqualTo("CONFIRMED " + firstName);
        assertThat(jdbc.sql("""
                        select count(*) from person p join legacy_duplicate d on d.person_id = p.id
                         where d.id = :id and p.merged_into = d.candidate_id""")
                .param("id", proposal).query(Long.class).single()).isEqualTo(1);
    }

    /** A person imported from a legacy system proposed as one already recorded here. */
    private long proposedPair() {
        String surname = "Twin" + System.nanoTime();
        String system = "dup-" + System.nanoTime();
        long here = person(surname);
        long imported = person(surname);
        long run = jdbc.sql("""
                        insert into legacy_run (source_system, dry_run, started_by) values (:s, false, 'test')
                        returning id""").param("s", system).query(Long.class).single();
        jdbc.sql("""
                insert into legacy_record (source_system, source_type, source_id, target_id, run_id)
                values (:s, 'PERSON', 'C1', :p, :run)""").param("s", system).param("p", imported)
                .param("run", run).update();
        return jdbc.sql("""
                        insert into legacy_duplicate (person_id, candidate_id, score, reasons)
                        values (:p, :c, 95, 'Same name, date of birth and postcode') returning id""")
                .param("p", imported).param("c", here).query(Long.class).single();
    }

    private long person(String surname) {
        return jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, sex, postcode, created_by)
                        values ('Amy', :l, date '2015-02-01', 'F', 'KM1 1AA', 'test') returning id""")
                .param("l", surname).query(Long.class).single();
    }
}
