package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontdoor.demo.DemoData;
import org.frontdoor.demo.DemoOptions;
import org.frontdoor.demo.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every main page, as each role sees it with a small demo borough behind it, checked by axe-core for serious and
 * critical WCAG 2.x A/AA failures. The demo is loaded into a PostgreSQL of this class's own (the context is dropped
 * afterwards), so no other test sees it. To cover a new page, add a line to {@link #PAGES}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
                "frontdoor.demo.load-on-empty=false", "frontdoor.screening.clock-alerts.enabled=false",
                "frontdoor.performance.month-end-report.enabled=false"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserAccessibilityTest {

    /**
     * Who looks, which page, and optionally the button pressed on it before checking (an empty form's error state).
     * {names} are rows of the demo, found once it is loaded.
     */
    record Check(String user, String path, String press) {
        @Override
        public String toString() {
            return (user == null ? "signed out" : user) + " " + path + (press == null ? "" : " then " + press);
        }
    }

    private static final String RECORD = "button[value=record]";

    static final List<Check> PAGES = List.of(
            page(null, "/sign-in"),
            page(null, "/sign-in?error"),
            // MASH social worker
            page("sam.patel", "/"),
            page("sam.patel", "/contacts"),
            page("sam.patel", "/screening"),
            page("sam.patel", "/contacts/{contact}"),
            page("sam.patel", "/contacts/new"),
            new Check("sam.patel", "/contacts/new", RECORD),
            page("sam.patel", "/screening/subjects/{subject}/rate"),
            page("sam.patel", "/screening/subjects/{subject}/decision"),
            new Check("sam.patel", "/screening/subjects/{subject}/decision", "#decision-form button.govuk-button"),
            page("sam.patel", "/screening/contacts/{contact}/requests"),
            page("sam.patel", "/screening/contacts/{contact}/outside-contacts"),
            page("sam.patel", "/screening/triage"),
            page("sam.patel", "/children"),
            page("sam.patel", "/children/{child}"),
            page("sam.patel", "/children/{child}/journey"),
            page("sam.patel", "/quality/feedback"),
            page("sam.patel", "/threshold"),
            // MASH team manager
            page("helen.mortimer", "/screening/oversight"),
            page("helen.mortimer", "/screening/decisions/{decision}"),
            page("helen.mortimer", "/reports/consent"),
            page("helen.mortimer", "/reports/transfers"),
            page("helen.mortimer", "/children/{child}/restriction"),
            page("helen.mortimer", "/people/{child}/merge"),
            // Partner agency practitioner (police)
            page("dc.ward", "/"),
            page("dc.ward", "/contacts/new"),
            new Check("dc.ward", "/contacts/new", RECORD),
            page("dc.ward", "/partner/requests"),
            page("dc.ward", "/partner/requests/{request}"),
            page("dc.ward", "/partner/referrals"),
            page("dc.ward", "/quality/partner/audits"),
            page("dc.ward", "/quality/partner/audits/{partnerAudit}"),
            // Early help
            page("eh.shaw", "/early-help/queue"),
            page("eh.shaw", "/early-help/episodes"),
            page("eh.shaw", "/early-help/episodes/{episode}"),
            page("eh.shaw", "/early-help/episodes/{episode}/review"),
            // Assessment team
            page("aw.mensah", "/assessment/queue"),
            page("aw.mensah", "/casework/assessments"),
            page("aw.mensah", "/casework/assessments/{assessment}"),
            page("aw.mensah", "/casework/strategy/{strategy}"),
            page("aw.mensah", "/casework/s47/{s47}"),
            page("aw.mensah", "/casework/child-protection"),
            page("aw.mensah", "/casework/plans/{plan}"),
            page("aw.mensah", "/casework/children/{sosChild}/signs-of-safety"),
            page("aw.mensah", "/casework/children/{sosChild}/signs-of-safety/{sosNumber}"),
            page("aw.mensah", "/casework/referrals/{closure}/closure"),
            // Quality assurance
            page("qa.harris", "/quality"),
            page("qa.harris", "/quality/cases"),
            page("qa.harris", "/quality/audits/{audit}"),
            page("qa.harris", "/quality/moderation"),
            page("qa.harris", "/quality/analysis"),
            page("qa.harris", "/quality/samples/new"),
            page("qa.harris", "/quality/samples/{batch}"),
            page("qa.harris", "/quality/templates"),
            page("qa.harris", "/quality/templates/{template}"),
            // Senior leader and performance analyst
            page("dcs.bennett", "/"),
            page("dcs.bennett", "/performance"),
            page("dcs.bennett", "/performance/indicators/decided-within-1-working-day/{lastMonth}"),
            page("dcs.bennett", "/performance/reports"),
            page("dcs.bennett", "/performance/benchmarking"),
            page("pa.turner", "/performance/targets"),
            page("pa.turner", "/performance/targets/contacts"),
            // Administrator
            page("admin", "/admin/users"),
            page("admin", "/admin/users/new"),
            page("admin", "/admin/users/{user}"),
            page("admin", "/admin/access-log"),
            page("admin", "/admin/api-clients"),
            page("admin", "/admin/api-clients/new"),
            page("admin", "/admin/agencies"),
            page("admin", "/admin/agencies/POLICE"),
            page("admin", "/admin/merges"),
            page("admin", "/admin/imports"),
            page("admin", "/admin/imports/reconciliation"),
            page("admin", "/admin/screening-clocks"),
            page("admin", "/admin/threshold"),
            page("admin", "/admin/threshold/{threshold}"),
            // No role
            page("new.starter", "/no-access"));

    private static final Pattern NAME = Pattern.compile("\\{(\\w+)}");

    @LocalServerPort int port;
    @Autowired DemoData demo;
    @Autowired JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;
    String signedIn;
    final Map<String, String> rows = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        demo.load(new DemoOptions(7, 1, DemoOptions.Size.SMALL, LocalDate.now(DemoOptions.ZONE)), true);
        findRows();
        askThePolice();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static List<Check> pages() {
        return PAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoSeriousOrCriticalViolations(Check check) {
        signInAs(check.user());
        String path = resolve(check.path());
        browser.get(url(path));
        if (check.press() != null) {
            WebElement button = browser.findElement(By.cssSelector(check.press()));
            button.click();
            wait.until(ExpectedConditions.stalenessOf(button));
            assertThat(browser.findElements(By.className("govuk-error-summary"))).as("error summary").isNotEmpty();
        }
        assertThat(browser.getTitle()).as(path).doesNotStartWith("Page not found")
                .doesNotStartWith("Sorry, there is a problem").doesNotStartWith("You do not have access");
        assertThat(Axe.seriousViolations(browser)).as("axe-core on " + check).isEmpty();
    }

    /** The check itself can fail: a box with no label, put on a clean page, is reported with where it is. */
    @Test
    void axeReportsAnUnlabelledBox() {
        signInAs(null);
        browser.get(url("/sign-in"));
        browser.executeScript("document.querySelector('label[for=username]').remove()");
        assertThat(Axe.seriousViolations(browser)).anySatisfy(v -> assertThat(v).contains("label").contains("#username"));
    }

    /** The demo rows the pages show: ones with the most in them where it matters (an undecided, matched child). */
    private void findRows() {
        row("subject", """
                select s.id from contact_subject s join rag_rating r on r.contact_subject_id = s.id
                 where s.role = 'CHILD' and s.person_id is not null
                   and not exists (select 1 from decision d where d.contact_subject_id = s.id)
                 order by s.id limit 1""");
        row("contact", "select contact_id from contact_subject where id = " + rows.get("subject"));
        row("decision", """
                select d.id from decision d
                 where not exists (select 1 from decision_oversight o where o.decision_id = d.id) order by d.id limit 1""");
        row("child", "select person_id from plan where kind = 'CP' order by id limit 1");
        row("episode", "select id from early_help_episode where ended_on is null order by id limit 1");
        row("assessment", "select id from assessment where completed_on is null order by id limit 1");
        row("strategy", "select id from strategy_discussion where held_at is not null order by id limit 1");
        row("s47", "select id from s47_enquiry order by id limit 1");
        row("plan", "select id from plan where kind = 'CP' order by id limit 1");
        row("sosChild", "select person_id from sos_mapping order by id limit 1");
        row("sosNumber", "select number from sos_mapping order by id limit 1");
        row("closure", "select referral_id from closure order by signed_off_at nulls first, id limit 1");
        row("audit", "select id from audit where status = 'IN_PROGRESS' and auditor = 'qa.harris' order by id limit 1");
        row("batch", "select id from audit_batch order by id limit 1");
        row("template", "select id from audit_template order by id limit 1");
        row("partnerAudit", "select audit_id from audit_partner where partner = 'dc.ward' order by id limit 1");
        row("user", "select id from app_user where username = 'sam.patel'");
        row("threshold", "select id from threshold_version order by id limit 1");
        rows.put("lastMonth", YearMonth.now(DemoOptions.ZONE).minusMonths(1).toString());
    }

    /** The demo holds no information requests: the MASH worker asks the police about the contact, as in real life. */
    private void askThePolice() {
        signInAs("sam.patel");
        browser.get(url("/screening/contacts/" + rows.get("contact") + "/requests"));
        browser.findElement(By.cssSelector("input[name=agencies][value=POLICE]")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("question")).sendKeys("Any police history at this address?");
        WebElement send = browser.findElement(By.xpath("//button[normalize-space()='Send requests']"));
        send.click();
        wait.until(ExpectedConditions.stalenessOf(send));
        row("request", "select id from information_request where contact_id = " + rows.get("contact")
                + " and agency_code = 'POLICE'");
    }

    private void row(String name, String sql) {
        List<Object> found = jdbc.sql(sql).query((rs, n) -> rs.getObject(1)).list();
        assertThat(found).as("demo row for {" + name + "}").isNotEmpty();
        rows.put(name, String.valueOf(found.get(0)));
    }

    private String resolve(String path) {
        Matcher m = NAME.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, rows.get(m.group(1)));
        }
        return m.appendTail(out).toString();
    }

    private void signInAs(String user) {
        if (java.util.Objects.equals(user, signedIn)) {
            return;
        }
        browser.manage().deleteAllCookies();
        signedIn = null;
        if (user != null) {
            browser.get(url("/sign-in"));
            browser.findElement(By.id("username")).sendKeys(user);
            Browser.typeAndSubmit(browser, browser.findElement(By.id("password")), DemoUsers.PASSWORD);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
        }
        signedIn = user;
    }

    private static Check page(String user, String path) {
        return new Check(user, path, null);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
