package org.frontdoor.intake.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/** Partner agencies of their own for tests sharing one database, with API keys made through the admin pages. */
@Component
public class TestPartners {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Pattern KEY = Pattern.compile("id=\"api-key\"[^>]*value=\"([^\"]+)\"");

    private final JdbcClient jdbc;
    private final TestUsers users;

    public TestPartners(JdbcClient jdbc, TestUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public record Partner(String agency, String key) {
        String bearer() {
            return "Bearer " + key;
        }
    }

    /** A new agency, with a key created by an administrator through the admin page. */
    public Partner create(MockMvc mvc) throws Exception {
        String agency = newAgency();
        return new Partner(agency, createKey(mvc, adminCookie(mvc), agency));
    }

    public String newAgency() {
        String code = "T" + System.nanoTime() % 1_000_000 + "_" + SEQ.incrementAndGet();
        jdbc.sql("insert into agency (code, name) values (:c, :n)").param("c", code).param("n", "Agency " + code)
                .update();
        return code;
    }

    public Cookie adminCookie(MockMvc mvc) throws Exception {
        return SignIn.as(mvc, users.create(null, Role.ADMIN), TestUsers.PASSWORD);
    }

    public String createKey(MockMvc mvc, Cookie admin, String agency) throws Exception {
        String html = mvc.perform(post("/admin/api-clients").cookie(admin).with(csrf())
                        .param("agencyCode", agency).param("name", "Case system of " + agency))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = KEY.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no key on the page:\n" + html);
        }
        return m.group(1);
    }

    /** A valid contact about two siblings, with their mother and a reason the father is not known. */
    public static Map<String, Object> contact(String reference) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(2).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        c.put("sourceCode", "6");
        c.put("partnerReference", reference);
        c.put("referrer", new LinkedHashMap<>(Map.of("name", "DC Test Officer", "role", "Detective constable",
                "phone", "01632 960 001", "email", "test.officer@police.example")));
        c.put("worries", "Police called to a domestic incident; both children were in the house.");
        c.put("referrerActions", "Officers stayed until the father left.");
        c.put("immediateDanger", false);
        List<Object> children = new ArrayList<>();
        children.add(person("Maya", "Testing", LocalDate.now().minusYears(7), "F"));
        children.add(person("Leo", "Testing", LocalDate.now().minusYears(4), "M"));
        c.put("children", children);
        Map<String, Object> mother = person("Karen", "Testing", LocalDate.now().minusYears(33), "F");
        mother.put("role", "MOTHER");
        c.put("adults", new ArrayList<>(List.of(mother)));
        c.put("fatherNotKnownReason", "Mother declined to say");
        c.put("consent", new LinkedHashMap<>(Map.of("status", "NOT_SOUGHT",
                "reason", "Seeking consent would alert the alleged abuser")));
        return c;
    }

    static Map<String, Object> person(String first, String last, LocalDate dob, String sex) {
        return new LinkedHashMap<>(Map.of("firstName", first, "lastName", last, "dateOfBirth", dob.toString(),
                "sex", sex));
    }
}
