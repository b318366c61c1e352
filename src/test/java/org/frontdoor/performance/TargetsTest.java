package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class TargetsTest {

    static final String URL = "/performance/targets/consent-dispensed";

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired Targets targets;

    @Test
    void aPercentageOver100IsRefusedKeepsWhatWasTypedAndSavesNothing() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        Target before = targets.of("consent-dispensed");
        mvc.perform(post(URL).cookie(analyst).with(csrf()).param("target", "120").param("tolerance", "abc")
                        .param("national", "12.5").param("statisticalNeighbours", "").param("comparatorYear", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The target is a percentage and must be 100 or less")))
                .andExpect(content().string(containsString("The tolerance must be a number")))
                .andExpect(content().string(containsString("Enter the year the comparators were published for")))
                .andExpect(content().string(containsString("value=\"120\"")));
        assertThat(targets.of("consent-dispensed")).isEqualTo(before);
    }

    @Test
    void theAnalystSetsATargetAndComparators() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        mvc.perform(post(URL).cookie(analyst).with(csrf()).param("target", "10").param("tolerance", "2.5")
                        .param("national", "12.5").param("statisticalNeighbours", "11").param("comparatorYear", "2024-25")
                        .param("version", loadedVersion(analyst)))
                .andExpect(redirectedUrl("/performance/targets"));
        assertThat(targets.of("consent-dispensed"))
                .isEqualTo(new Target("consent-dispensed", 10.0, 2.5, 12.5, 11.0, "2024-25"));
    }

    @Test
    void aSecondAnalystSavingAStaleFormIsToldWhoSavedAndWhenAndKeepsWhatTheyTyped() throws Exception {
        String first = testUsers.create(null, Role.PERFORMANCE_ANALYST);
        Cookie a = SignIn.as(mvc, first, TestUsers.PASSWORD);
        Cookie b = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        String versionA = loadedVersion(a);
        String versionB = loadedVersion(b);

        mvc.perform(post(URL).cookie(a).with(csrf()).param("target", "7").param("tolerance", "1")
                        .param("national", "").param("statisticalNeighbours", "").param("comparatorYear", "")
                        .param("version", versionA))
                .andExpect(redirectedUrl("/performance/targets"));
        mvc.perform(post(URL).cookie(b).with(csrf()).param("target", "33").param("tolerance", "4")
                        .param("national", "").param("statisticalNeighbours", "").param("comparatorYear", "")
                        .param("version", versionB))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Test " + first + " changed this target at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("value=\"33\"")));
        assertThat(targets.of("consent-dispensed")).isEqualTo(new Target("consent-dispensed", 7.0, 1.0, null, null, null));
    }

    /** The version the target form carries when this user opens it. */
    private String loadedVersion(Cookie user) throws Exception {
        String page = mvc.perform(get(URL).cookie(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("the form carries the version it was loaded at").isTrue();
        return m.group(1);
    }

    @Test
    void onlyTheAnalystChangesTargets() throws Exception {
        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        Target before = targets.of("consent-dispensed");
        mvc.perform(post(URL).cookie(leader).with(csrf()).param("target", "50"))
                .andExpect(status().isForbidden());
        assertThat(targets.of("consent-dispensed")).isEqualTo(before);
    }

    @Test
    void aPopulationThatIsNotAWholeNumberIsRefused() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        int before = targets.population();
        mvc.perform(post("/performance/population").cookie(analyst).with(csrf()).param("population", "forty thousand"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The number of children must be a whole number")))
                .andExpect(content().string(containsString("value=\"forty thousand\"")));
        assertThat(targets.population()).isEqualTo(before);
    }

    @Test
    void aSecondAnalystSavingAStalePopulationIsToldWhoSavedAndWhenAndKeepsWhatTheyTyped() throws Exception {
        String first = testUsers.create(null, Role.PERFORMANCE_ANALYST);
        Cookie a = SignIn.as(mvc, first, TestUsers.PASSWORD);
        Cookie b = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        String versionA = populationVersion(mvc.perform(get("/performance/targets").cookie(a)));
        String versionB = populationVersion(mvc.perform(get("/performance/targets").cookie(b)));
        int mine = 40_000 + (int) (System.nanoTime() % 9_000);

        mvc.perform(post("/performance/population").cookie(a).with(csrf()).param("population", "" + mine)
                        .param("version", versionA))
                .andExpect(redirectedUrl("/performance/targets"));
        var refused = mvc.perform(post("/performance/population").cookie(b).with(csrf()).param("population", "51,234")
                        .param("version", versionB))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Test " + first + " changed the population at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("value=\"51,234\"")));
        assertThat(targets.population()).isEqualTo(mine);

        mvc.perform(post("/performance/population").cookie(b).with(csrf()).param("population", "51,234")
                        .param("version", populationVersion(refused)))
                .andExpect(redirectedUrl("/performance/targets"));
        assertThat(targets.population()).isEqualTo(51_234);
    }

    private static String populationVersion(org.springframework.test.web.servlet.ResultActions page) throws Exception {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page.andReturn().getResponse().getContentAsString());
        assertThat(m.find()).as("the population form carries the version it was loaded at").isTrue();
        return m.group(1);
    }
}
