package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class MashQueueTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired RagTestData data;
    @Autowired ClockAlerts alerts;

    @Test
    void myQueueOrdersByTimeLeftWithTheOverdueBannerAndMyAlertsOnTop() throws Exception {
        String me = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        Cookie cookie = SignIn.as(mvc, me, TestUsers.PASSWORD);
        String family = "Q" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        long contact = data.contact(now.minus(Duration.ofHours(20)));
        long later = data.child(contact, "Later", family, now.plus(Duration.ofHours(5)));
        long overdue = data.child(contact, "Overdue", family, now.minus(Duration.ofHours(1)));
        long soon = data.child(contact, "Soon", family, now.plus(Duration.ofHours(1)));
        long elsewhere = data.child(contact, "Unowned", family, now.plus(Duration.ofHours(3)));
        for (long s : new long[] {later, overdue, soon}) {
            data.allocate(s, me);
        }
        data.rate(soon, Rag.RED, now.minus(Duration.ofHours(20)), now.minus(Duration.ofHours(16)));
        alerts.raise(now);

        String page = mvc.perform(get("/screening").param("show", "mine").cookie(cookie))
                .andExpect(status().isOk())
                // The banner counts every overdue child in the service, one (this test's) or many (other tests').
                .andExpect(content().string(matchesPattern(
                        "(?s).*(1 child’s contact is past its decision time|children’s contacts are past their decision time).*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*(1 child’s contact is past its RAG screening time|children’s contacts are past their RAG screening time).*")))
                .andExpect(content().string(containsString("3 children’s contacts waiting for a decision")))
                .andExpect(content().string(not(containsString("Unowned " + family))))
                .andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"queue\""));
        assertThat(table.indexOf("Overdue " + family)).isNotNegative().isLessThan(table.indexOf("Soon " + family));
        assertThat(table.indexOf("Soon " + family)).isLessThan(table.indexOf("Later " + family));
        // Alerts on my work come before the queue itself.
        int alertsAt = page.indexOf("Alerts on your work");
        assertThat(alertsAt).isPositive().isLessThan(page.indexOf("id=\"queue\""));
        String alertList = page.substring(alertsAt, page.indexOf("id=\"queue\""));
        assertThat(alertList).contains("Overdue " + family, "Soon " + family, "RAG screening due")
                .doesNotContain("Later " + family);
        // The queue shows the RAG tag and owner.
        assertThat(page).contains(">Red</strong>", "Test " + me);

        String unallocated = mvc.perform(get("/screening").param("show", "unallocated").cookie(cookie))
                .andReturn().getResponse().getContentAsString();
        assertThat(unallocated.substring(unallocated.indexOf("id=\"queue\""))).doesNotContain("Soon " + family);
    }

    @Test
    void theQueueIsForTheMash() throws Exception {
        Cookie manager = SignIn.as(mvc, testUsers.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        mvc.perform(get("/screening").cookie(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString("MASH queue")));
        Cookie partner = SignIn.as(mvc, testUsers.create("HEALTH", Role.PARTNER), TestUsers.PASSWORD);
        mvc.perform(get("/screening").cookie(partner)).andExpect(status().isForbidden());
    }
}
