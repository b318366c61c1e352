package org.frontdoor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.intake.api.TestPartners;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access rules as one table, {@code access-matrix.csv}: every page and API endpoint × every role, with what each
 * must get. A handler method with no row fails the build, so a new endpoint cannot arrive without a rule.
 *
 * <p>GET rows are requested as every role. POST rows are sent (with a CSRF token) as every role that must not
 * change anything, and the database must be the same afterwards. Run with the environment variable {@code ACCESS_MATRIX_WRITE=FILE} to
 * write what the app does now, as a starting point for reviewing a new row.
 */
@FrontdoorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String TABLE = "/access-matrix.csv";
    /** The table's columns after method, pattern and request: who asks. */
    static final List<String> WHO = List.of("anon", "key", "mash", "mash_mgr", "partner", "partner_other",
            "early_help", "asw", "asm", "qa", "analyst", "leader", "admin");
    static final String MISSING = "999999999";

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired TestPartners partners;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final Map<String, Cookie> cookies = new LinkedHashMap<>();
    final Map<String, String> fixtures = new LinkedHashMap<>();
    String apiKey;

    record Row(String method, String pattern, String request, Map<String, String> expected) {
        String key() {
            return method + " " + pattern;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    @BeforeAll
    void signInEveryRoleAndMakeRealRows() throws Exception {
        TestPartners.Partner police = partners.create(mvc);
        String otherAgency = partners.newAgency();
        apiKey = police.key();
        cookies.put("mash", signIn(null, Role.MASH_SOCIAL_WORKER));
        cookies.put("mash_mgr", signIn(null, Role.MASH_MANAGER));
        cookies.put("partner", signIn(police.agency(), Role.PARTNER));
        cookies.put("partner_other", signIn(otherAgency, Role.PARTNER));
        cookies.put("early_help", signIn(null, Role.EARLY_HELP));
        cookies.put("asw", signIn(null, Role.ASSESSMENT_SOCIAL_WORKER));
        cookies.put("asm", signIn(null, Role.ASSESSMENT_MANAGER));
        cookies.put("qa", signIn(null, Role.QA_OFFICER));
        cookies.put("analyst", signIn(null, Role.PERFORMANCE_ANALYST));
        cookies.put("leader", signIn(null, Role.SENIOR_LEADER));
        cookies.put("admin", signIn(null, Role.ADMIN));

        // A contact made by the police partner through the form, its child matched by the MASH, and a question
        // the MASH sent back to the police.
        long contact = FormContacts.contact(mvc, cookies.get("partner"), "Matrix", "Child", "DC Matrix", "Worries");
        long child = FormContacts.matchChild(mvc, jdbc, cookies.get("mash"), contact);
        long subject = FormContacts.subject(jdbc, contact);
        long request = jdbc.sql("""
                insert into information_request (contact_id, agency_code, question, due_at, asked_by, form_token)
                values (:c, :a, 'Anything known?', now() + interval '1 day', 'test', gen_random_uuid()) returning id""")
                .param("c", contact).param("a", police.agency()).query(Long.class).single();
        fixtures.put("child", "" + child);
        fixtures.put("contact", "" + contact);
        fixtures.put("subject", "" + subject);
        fixtures.put("request", "" + request);
        fixtures.put("missing", MISSING);
        fixtures.put("token", UUID.randomUUID().toString());
    }

    private Cookie signIn(String agency, Role role) throws Exception {
        return SignIn.as(mvc, testUsers.create(agency, role), TestUsers.PASSWORD);
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() throws IOException {
        TreeSet<String> endpoints = endpoints();
        TreeSet<String> rows = new TreeSet<>();
        rows().forEach(r -> rows.add(r.key()));
        TreeSet<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(rows);
        TreeSet<String> stale = new TreeSet<>(rows);
        stale.removeAll(endpoints);
        assertThat(missing).as("endpoints with no rule in " + TABLE + ": add a row for each").isEmpty();
        assertThat(stale).as("rows in " + TABLE + " for endpoints that no longer exist").isEmpty();
        assertThat(rows().map(Row::expected).allMatch(e -> e.keySet().containsAll(WHO))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyoneGetsWhatTheTableSays(Row row) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String who : WHO) {
            String expected = row.expected().get(who);
            if (row.method().equals("GET")) {
                String actual = outcome(as(who, get(path(row))));
                if (!actual.equals(expected)) {
                    wrong.add(who + ": expected " + expected + " but got " + actual);
                }
            } else if (!expected.equals("ok")) {
                // Whoever must not change things is refused before anything is touched.
                String before = database();
                String actual = outcome(as(who, request(HttpMethod.valueOf(row.method()), path(row)).with(csrf())));
                if (!actual.equals(expected)) {
                    wrong.add(who + ": expected " + expected + " but got " + actual);
                }
                assertThat(database()).as(row + " as " + who + " changed the database").isEqualTo(before);
            }
        }
        assertThat(wrong).as(row + " " + path(row)).isEmpty();
    }

    /** Writes what the app does now for every endpoint, for reviewing a new row; not a test of anything. */
    @Test
    void writeTheCurrentAnswersWhenAsked() throws Exception {
        String file = System.getenv("ACCESS_MATRIX_WRITE");
        if (file == null) {
            return;
        }
        Map<String, Row> known = new LinkedHashMap<>();
        rows().forEach(r -> known.put(r.key(), r));
        List<String> lines = new ArrayList<>();
        lines.add("method,pattern,request," + String.join(",", WHO));
        for (String endpoint : endpoints()) {
            String[] mp = endpoint.split(" ", 2);
            Row row = known.getOrDefault(endpoint, new Row(mp[0], mp[1], guess(mp[1]), Map.of()));
            StringBuilder line = new StringBuilder(row.method() + "," + row.pattern() + "," + row.request());
            for (String who : WHO) {
                MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(row.method()), path(row));
                line.append(',').append(row.method().equals("GET")
                        ? outcome(as(who, builder)) : row.expected().getOrDefault(who, "?"));
            }
            lines.add(line.toString());
        }
        Files.write(Path.of(file), lines);
    }

    static String guess(String pattern) {
        return pattern.replaceAll("\\{token}", UUID.randomUUID().toString()).replaceAll("\\{month}", "2026-01")
                .replaceAll("\\{step:[^}]*}", "assessment").replaceAll("\\{[^}]+}", "{missing}");
    }

    private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        return switch (who) {
            case "anon" -> request;
            case "key" -> request.header("Authorization", "Bearer " + apiKey);
            default -> request.cookie(cookies.get(who));
        };
    }

    private String path(Row row) {
        Matcher m = Pattern.compile("\\{([a-z]+)}").matcher(row.request());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = fixtures.get(m.group(1));
            if (value == null) {
                throw new AssertionError(row + ": no fixture called {" + m.group(1) + "}");
            }
            m.appendReplacement(path, value);
        }
        return m.appendTail(path).toString();
    }

    /** ok (a page, a file or a redirect within the service), in (sent to sign in), or the refusing status. */
    private String outcome(MockHttpServletRequestBuilder request) {
        MvcResult result;
        try {
            result = mvc.perform(request).andReturn();
        } catch (Exception e) {
            return "500";
        }
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status >= 300 && status < 400 && location != null && location.contains("/sign-in")) {
            return "in";
        }
        return status < 400 ? "ok" : String.valueOf(status);
    }

    /** Every table's row count and newest row version, but the access log and sessions, which record the asking. */
    private String database() {
        return String.join(";", jdbc.sql("""
                select table_name || '=' || (xpath('/row/c/text()', query_to_xml(format(
                    'select count(*) || '':'' || coalesce(max(xmin::text::bigint), 0) as c from %I', table_name),
                    false, true, '')))[1]::text
                from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name not in ('access_log', 'spring_session', 'spring_session_attributes')
                order by table_name""").query(String.class).list());
    }

    private TreeSet<String> endpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                    endpoints.add("POST " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        return endpoints;
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream(TABLE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = List.of(lines.get(0).split(","));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 3; i < cells.length; i++) {
                    expected.put(header.get(i).trim(), cells[i].trim());
                }
                rows.add(new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), expected));
            }
        }
        return rows.stream();
    }
}
