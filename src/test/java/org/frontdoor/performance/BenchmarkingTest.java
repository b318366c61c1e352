package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Regional benchmarking: another authority's published file, once imported, shows beside this authority's. */
@FrontdoorTest
class BenchmarkingTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers testUsers;

    @Test
    void anotherAuthoritysFileShowsBesideOurOwnFigures() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        String ours = mvc.perform(get("/performance/benchmarking/headline.csv").param("month", "2019-07")
                        .cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ours).startsWith("local_authority,period,indicator_id").contains("Kingsmere Borough Council,2019-07,re-referrals");
        String other = "Ashby " + UUID.randomUUID().toString().substring(0, 6);
        String theirs = """
                local_authority,period,indicator_id,value
                %s,2019-07,re-referrals,17.25
                %s,2019-07,referrals-per-10000,412.9
                """.formatted(other, other);
        mvc.perform(multipart("/performance/benchmarking/imports")
                        .file(new MockMultipartFile("file", "ashby.csv", "text/csv", theirs.getBytes(StandardCharsets.UTF_8)))
                        .cookie(analyst).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/performance/benchmarking").param("month", "2019-07").cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">" + other + "</th>");
        String row = page.substring(page.indexOf("id=\"benchmark-re-referrals\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("17.3%"); // shown as the scorecard rounds
        long exported = jdbc.sql("select count(*) from access_log where action = 'EXPORT' and what = :w")
                .param("w", "Vital Signs headline indicators for 2019-07 as CSV").query(Long.class).single();
        assertThat(exported).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBadFileSaysWhatIsWrongAndOnlyTheAnalystImports() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        long before = jdbc.sql("select count(*) from performance_benchmark").query(Long.class).single();
        String bad = "local_authority,period,indicator_id,value\nBarwick,2019-07,re-referrals,high\n";
        mvc.perform(multipart("/performance/benchmarking/imports")
                        .file(new MockMultipartFile("file", "b.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .cookie(analyst).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Line 2: the value must be a number")));
        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        String good = "local_authority,period,indicator_id,value\nBarwick,2019-07,re-referrals,20\n";
        mvc.perform(multipart("/performance/benchmarking/imports")
                        .file(new MockMultipartFile("file", "b.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .cookie(leader).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from performance_benchmark").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/performance/benchmarking").param("month", "2019-07").cookie(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Download the headline indicators as JSON")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Import another authority"))));
    }
}
