package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.calendar.ClockRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FrontdoorTest
class ScreeningSettingsPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired ScreeningSettingsStore store;

    MockHttpServletRequestBuilder save(Cookie cookie, String redAmount, String redKind) {
        return post("/admin/screening-clocks").cookie(cookie).with(csrf())
                .param("redKind", redKind).param("redAmount", redAmount)
                .param("amberKind", "WORKING_DAYS").param("amberAmount", "1")
                .param("greenKind", "HOURS").param("greenAmount", "72");
    }

    @Test
    void anAdministratorSetsTheClocksAndBadValuesChangeNothing() throws Exception {
        Cookie admin = SignIn.as(mvc, testUsers.create(null, Role.ADMIN), TestUsers.PASSWORD);
        mvc.perform(save(admin, "four", "HOURS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Red screening time must be a whole number, like 4")))
                .andExpect(content().string(containsString("value=\"four\"")));
        mvc.perform(save(admin, "4", "DAYS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Select how the red screening time is counted")));
        assertThat(store.load().rule(Rag.RED)).isEqualTo(ClockRule.RAG_RED);
        try {
            mvc.perform(save(admin, "3", "WORKING_HOURS")).andExpect(redirectedUrl("/admin/screening-clocks"));
            assertThat(store.load().rule(Rag.RED))
                    .isEqualTo(new ClockRule("Red screening", ClockRule.Kind.WORKING_HOURS, 3));
        } finally {
            mvc.perform(save(admin, "4", "HOURS"));
        }
        assertThat(store.load()).isEqualTo(ScreeningSettings.defaults());
        Cookie worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        mvc.perform(get("/admin/screening-clocks").cookie(worker)).andExpect(status().isForbidden());
    }

    @Test
    void aSecondAdministratorSavingStaleClocksIsToldWhoSavedAndWhenAndKeepsWhatTheyTyped() throws Exception {
        String firstName = testUsers.create(null, Role.ADMIN);
        Cookie first = SignIn.as(mvc, firstName, TestUsers.PASSWORD);
        Cookie second = SignIn.as(mvc, testUsers.create(null, Role.ADMIN), TestUsers.PASSWORD);
        String loadedByFirst = version(mvc.perform(get("/admin/screening-clocks").cookie(first)));
        String loadedBySecond = version(mvc.perform(get("/admin/screening-clocks").cookie(second)));
        try {
            mvc.perform(save(first, "5", "HOURS").param("version", loadedByFirst))
                    .andExpect(redirectedUrl("/admin/screening-clocks"));
            var refused = mvc.perform(save(second, "6", "WORKING_HOURS").param("version", loadedBySecond))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("There is a problem")))
                    .andExpect(content().string(containsString("Test " + firstName
                            + " changed the screening clocks at ")))
                    .andExpect(content().string(containsString("Nothing was saved")))
                    .andExpect(content().string(containsString("value=\"6\"")));
            assertThat(store.load().rule(Rag.RED)).isEqualTo(new ClockRule("Red screening", ClockRule.Kind.HOURS, 5));

            mvc.perform(save(second, "6", "WORKING_HOURS").param("version", version(refused)))
                    .andExpect(redirectedUrl("/admin/screening-clocks"));
            assertThat(store.load().rule(Rag.RED))
                    .isEqualTo(new ClockRule("Red screening", ClockRule.Kind.WORKING_HOURS, 6));
        } finally {
            mvc.perform(save(second, "4", "HOURS"));
        }
        assertThat(store.load()).isEqualTo(ScreeningSettings.defaults());
    }

    private static String version(org.springframework.test.web.servlet.ResultActions page) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(m.find()).as("the settings form carries the version it was loaded at").isTrue();
        return m.group(1);
    }
}
