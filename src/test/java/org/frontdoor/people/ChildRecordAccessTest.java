package org.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.frontdoor.FrontdoorTest;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.frontdoor.SignIn;
import org.springframework.test.web.servlet.MockMvc;

/** Opening a child's record is written to the access log, and an administrator can find it by child and by user. */
@FrontdoorTest
class ChildRecordAccessTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    @Test
    void viewingAChildsRecordIsLoggedAndSearchable() throws Exception {
        long child = jdbc.sql("""
                insert into person (first_name, last_name, date_of_birth, sex, created_by)
                values ('Amelia', 'Kowalska-Test', date '2019-03-02', 'F', 'test') returning id""")
                .query(Long.class).single();
        long mother = jdbc.sql("""
                insert into person (first_name, last_name, date_of_birth, sex, created_by)
                values ('Joanna', 'Kowalska-Test', date '1990-07-15', 'F', 'test') returning id""")
                .query(Long.class).single();
        jdbc.sql("insert into relationship (person_id, related_person_id, relationship, created_by) values (:c, :m, 'MOTHER', 'test')")
                .param("c", child).param("m", mother).update();

        String worker = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        mvc.perform(get("/children/" + child).cookie(signIn(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amelia Kowalska-Test")))
                .andExpect(content().string(containsString("Joanna Kowalska-Test")))
                .andExpect(content().string(containsString("No father recorded")));

        Cookie admin = signIn(testUsers.create(null, Role.ADMIN));
        mvc.perform(get("/admin/access-log").param("child", String.valueOf(child)).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(worker)))
                .andExpect(content().string(containsString("Child&#39;s record")));
        mvc.perform(get("/admin/access-log").param("user", worker).cookie(admin))
                .andExpect(content().string(containsString(">" + child + "<")));
        mvc.perform(get("/admin/access-log").param("child", "not a number").cookie(admin))
                .andExpect(content().string(containsString("Enter the child&#39;s record number")));

        assertThat(jdbc.sql("select count(*) from access_log where child_id = :c and username = :u and action = 'VIEW' and address is not null")
                .param("c", child).param("u", worker).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void partnersAndSeniorLeadersCannotOpenCaseRecords() throws Exception {
        long child = jdbc.sql("insert into person (first_name, last_name, created_by) values ('Zed', 'Hidden', 'test') returning id")
                .query(Long.class).single();
        for (String user : new String[] {testUsers.create("POLICE", Role.PARTNER), testUsers.create(null, Role.SENIOR_LEADER)}) {
            mvc.perform(get("/children/" + child).cookie(signIn(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Hidden"))));
        }
    }

    private Cookie signIn(String username) throws Exception {
        return SignIn.as(mvc, username, TestUsers.PASSWORD);
    }
}
