package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontdoor.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One child's contact through the whole Front Door in a real browser: a police officer refers through the web form,
 * a MASH worker matches and RAG rates the child, asks police and health, reads their answers and decides; a manager
 * signs it off, the assessment team accepts it, and the officer is told the outcome on the portal and by email.
 */
class BrowserMashJourneyTest extends BrowserTest {

    private static final String FIRST = "Juniper";
    private static final String LAST = "Oyelaran-Thistle";
    private static final String CHILD = FIRST + " " + LAST;

    @Autowired JdbcClient jdbc;

    @Test
    void aPoliceReferralIsScreenedDecidedSignedOffAcceptedAndFedBack() throws Exception {
        long contactId = policeReferThroughTheWebForm();
        workerMatchesAndRatesTheChild(contactId);
        workerAsksPoliceAndHealth(contactId);
        partnerAnswers("dc.ward", "Two domestic abuse call-outs to the home in March; DASH medium risk.", false,
                "e2e-4-police-answer");
        partnerAnswers("nurse.begum", "Checked GP and health visiting records.", true, "e2e-4-health-answer");
        String indicator = workerReadsAnswersAndDecides(contactId);
        managerSignsOff(indicator);
        assessmentTeamAccepts();
        referrerIsToldTheOutcome(contactId);
    }

    /** (1) The officer's referral: the form knows their agency and email, so they add the worries and the child. */
    private long policeReferThroughTheWebForm() throws Exception {
        signIn("dc.ward");
        browser.get(url("/contacts/new"));
        wait.until(ExpectedConditions.titleContains("Refer a child"));
        assertThat(browser.findElement(By.id("referrerEmail")).getAttribute("value")).isEqualTo("dc.ward@kingsmere.example");

        browser.findElement(By.id("worries")).sendKeys("Attended a domestic incident at the home last night. "
                + "Juniper (6) was present and frightened; mother has a black eye.");
        browser.findElement(By.id("referrerActions")).sendKeys("Partner arrested; DASH completed");
        browser.findElement(By.id("adding.firstName")).sendKeys(FIRST);
        browser.findElement(By.id("adding.lastName")).sendKeys(LAST);
        browser.findElement(By.id("adding.dobDay")).sendKeys("3");
        browser.findElement(By.id("adding.dobMonth")).sendKeys("9");
        browser.findElement(By.id("adding.dobYear")).sendKeys("2019");
        new Select(browser.findElement(By.id("adding.sex"))).selectByValue("F");
        browser.findElement(By.id("adding.postcode")).sendKeys("KM1 4QT");
        click(By.cssSelector("button[value=add]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), "The MASH will check its records"));
        browser.findElement(By.id("fatherNotKnownReason")).sendKeys("Father not known to police");
        browser.findElement(By.id("consent")).sendKeys(Keys.SPACE); // the first radio: consent given
        browser.findElement(By.id("consentGivenBy")).sendKeys("Mother");
        LocalDate today = LocalDate.now();
        browser.findElement(By.id("consentGivenDay")).sendKeys(String.valueOf(today.getDayOfMonth()));
        browser.findElement(By.id("consentGivenMonth")).sendKeys(String.valueOf(today.getMonthValue()));
        browser.findElement(By.id("consentGivenYear")).sendKeys(String.valueOf(today.getYear()));
        Browser.screenshot(browser, "e2e-1-partner-form");
        click(By.cssSelector("button[value=record]"));

        wait.until(ExpectedConditions.titleContains("Referral sent"));
        String reference = browser.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        assertThat(browser.getCurrentUrl()).endsWith("/contacts/sent/" + reference);
        assertThat(main()).contains("about 1 child");
        Browser.screenshot(browser, "e2e-1-referral-sent");
        signOut();
        return Long.parseLong(reference);
    }

    /** (2) Partners never see the person index, so the MASH matches the child, then RAG rates the child's contact. */
    private void workerMatchesAndRatesTheChild(long contactId) throws Exception {
        signIn("sam.patel");
        browser.get(url("/contacts/" + contactId));
        wait.until(ExpectedConditions.titleContains("Contact " + contactId));
        assertThat(main()).contains(CHILD).contains("Consent given").contains("DC Alex Ward");
        click(By.linkText("Match to the person index"));

        WebElement none = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choice-new")));
        none.sendKeys(Keys.SPACE);
        Browser.screenshot(browser, "e2e-2-match");
        click(By.xpath("//div[@id='matching']//button[normalize-space()='Match']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), CHILD + " matched to record"));
        assertThat(main()).doesNotContain("Match to the person index");

        click(By.linkText("RAG rate"));
        wait.until(ExpectedConditions.titleContains("Screening: " + CHILD));
        browser.findElement(By.id("rating-AMBER")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("reason")).sendKeys("Domestic abuse with the child present; perpetrator in custody");
        Browser.screenshot(browser, "e2e-2-rag-form");
        click(By.xpath("//form[@id='rag-form']//button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), CHILD + " rated amber"));
        assertThat(browser.findElement(By.id("rag-current")).getText()).contains("Amber");
        Browser.screenshot(browser, "e2e-2-rag-rated");
    }

    /** (3) One request each to police and health, due by the suggested time. */
    private void workerAsksPoliceAndHealth(long contactId) throws Exception {
        browser.get(url("/contacts/" + contactId));
        wait.until(ExpectedConditions.titleContains("Contact " + contactId));
        click(By.linkText("Ask partner agencies"));
        wait.until(ExpectedConditions.titleContains("Ask partner agencies"));
        browser.findElement(By.cssSelector("input[name=agencies][value=POLICE]")).sendKeys(Keys.SPACE);
        browser.findElement(By.cssSelector("input[name=agencies][value=HEALTH]")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("question")).sendKeys("Any history of domestic abuse at this address? "
                + "Is Juniper registered with a GP and known to health visiting?");
        Browser.screenshot(browser, "e2e-3-ask-partners");
        click(By.xpath("//button[normalize-space()='Send requests']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"),
                "Information requested from"));
        String section = browser.findElement(By.id("information-requests")).getText();
        assertThat(section).contains("Police").contains("Health").contains("Awaiting");
        scrollTo(By.id("information-requests"));
        Browser.screenshot(browser, "e2e-3-requests-sent");
        signOut();
    }

    /** (4) Each partner answers from their own agency's queue. */
    private void partnerAnswers(String username, String answer, boolean nothingKnown, String shot) throws Exception {
        signIn(username);
        browser.get(url("/partner/requests"));
        wait.until(ExpectedConditions.titleContains("Information requests"));
        click(By.partialLinkText(CHILD));
        wait.until(ExpectedConditions.titleContains("Information request"));
        assertThat(browser.findElement(By.id("question")).getText()).contains("domestic abuse");
        browser.findElement(By.id("answer")).sendKeys(answer);
        if (nothingKnown) {
            browser.findElement(By.id("nothingKnown")).sendKeys(Keys.SPACE);
        }
        Browser.screenshot(browser, shot);
        click(By.xpath("//button[normalize-space()='Send answer']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), "Answer sent to the MASH"));
        assertThat(main()).contains("Answered recently");
        signOut();
    }

    /** (5) The worker sees both answers on the contact, then decides: a single assessment at level 3. */
    private String workerReadsAnswersAndDecides(long contactId) throws Exception {
        signIn("sam.patel");
        browser.get(url("/contacts/" + contactId));
        wait.until(ExpectedConditions.titleContains("Contact " + contactId));
        String section = browser.findElement(By.id("information-requests")).getText();
        assertThat(section).contains("Two domestic abuse call-outs").contains("Nothing known")
                .contains("Checked GP and health visiting records").doesNotContain("Awaiting");
        scrollTo(By.id("information-requests"));
        Browser.screenshot(browser, "e2e-5-answers");

        click(By.linkText("Decide"));
        wait.until(ExpectedConditions.titleContains("Decision: " + CHILD));
        browser.findElement(By.id("outcome-SINGLE_ASSESSMENT")).sendKeys(Keys.SPACE);
        WebElement indicator = browser.findElement(By.xpath(
                "//fieldset[legend[starts-with(normalize-space(), 'Level 3')]]//input[@name='indicatorIds']"));
        String indicatorText = browser.findElement(By.cssSelector("label[for='" + indicator.getAttribute("id") + "']"))
                .getText();
        indicator.sendKeys(Keys.SPACE);
        browser.findElement(By.id("thresholdLevel-3")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("rationale")).sendKeys("Repeated domestic abuse with a young child present: "
                + "needs assessing under s17.");
        browser.findElement(By.id("riskAnalysis")).sendKeys("Worried: escalating incidents. Working well: mother "
                + "consented and is protective. Next: single assessment.");
        assertThat(browser.findElement(By.id("multiAgencyView")).getAttribute("value"))
                .contains("Two domestic abuse call-outs");
        browser.findElement(By.id("childViewsSought")).sendKeys(Keys.SPACE); // yes
        Browser.screenshot(browser, "e2e-5-decision");
        click(By.xpath("//button[normalize-space()='Send for management oversight']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"),
                "Decision for " + CHILD + " recorded"));
        assertThat(main()).contains("Referral for a single assessment (s17)");
        Browser.screenshot(browser, "e2e-5-decision-sent");
        signOut();
        return indicatorText;
    }

    /** (6) The manager reads the decision with the indicator ticked and signs it off. */
    private void managerSignsOff(String indicator) throws Exception {
        signIn("helen.mortimer");
        browser.get(url("/screening/oversight"));
        wait.until(ExpectedConditions.titleContains("Decisions awaiting oversight"));
        click(By.linkText(CHILD));
        wait.until(ExpectedConditions.titleContains("Oversight: " + CHILD));
        String decision = browser.findElement(By.id("decision")).getText();
        assertThat(decision).contains("Referral for a single assessment (s17)").contains("Level 3").contains(indicator)
                .contains("needs assessing under s17").contains("Sam Patel").doesNotContain("Departs from the indicators");
        browser.findElement(By.id("comment")).sendKeys("Agree: threshold for a single assessment is met.");
        Browser.screenshot(browser, "e2e-6-oversight");
        click(By.cssSelector("button[value=sign-off]"));
        wait.until(ExpectedConditions.titleContains("Decisions awaiting oversight"));
        assertThat(browser.findElements(By.linkText(CHILD))).isEmpty();
        Browser.screenshot(browser, "e2e-6-signed-off");
        signOut();
    }

    /** (7) The assessment team takes the referral from its queue. */
    private void assessmentTeamAccepts() throws Exception {
        signIn("aw.mensah");
        browser.get(url("/assessment/queue"));
        wait.until(ExpectedConditions.titleContains("Assessment team queue"));
        By row = By.xpath("//tr[td[1][normalize-space()='" + CHILD + "']]");
        assertThat(browser.findElement(row).getText()).contains("Referral for a single assessment (s17)")
                .contains("so far");
        Browser.screenshot(browser, "e2e-7-assessment-queue");
        click(By.xpath("//tr[td[1][normalize-space()='" + CHILD + "']]//button"));
        // Accepting starts the single assessment, and the child's journey shows it as the latest step.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), CHILD + " accepted"));
        assertThat(browser.getCurrentUrl()).contains("/children/").endsWith("/journey");
        assertThat(main()).contains("Referral to children's social care").contains("Single assessment")
                .contains("Abena Mensah");
        Browser.screenshot(browser, "e2e-7-accepted-journey");
        browser.get(url("/assessment/queue"));
        assertThat(browser.findElement(row).getText()).contains("accepted by Abena Mensah");
        signOut();
    }

    /** (8) The officer sees the outcome in plain words on the portal; the referrer's email waits in the outbox. */
    private void referrerIsToldTheOutcome(long contactId) throws Exception {
        signIn("dc.ward");
        browser.get(url("/partner/referrals"));
        wait.until(ExpectedConditions.titleContains("Your referrals"));
        String row = browser.findElement(By.xpath("//tr[td[1][starts-with(normalize-space(), '" + contactId + "')]]"))
                .getText();
        assertThat(row).contains("DC Alex Ward").contains("Children's social care will carry out an assessment")
                .doesNotContain("Being decided");
        Browser.screenshot(browser, "e2e-8-feedback");
        signOut();

        List<Map<String, Object>> mails = jdbc.sql("select to_address, subject, body from outbox where contact_id = :id")
                .param("id", contactId).query().listOfRows();
        assertThat(mails).hasSize(1);
        Map<String, Object> mail = mails.get(0);
        assertThat(mail.get("to_address")).isEqualTo("dc.ward@kingsmere.example");
        assertThat((String) mail.get("subject")).contains("reference " + contactId);
        assertThat((String) mail.get("body")).contains("children's social care will carry out an assessment")
                .doesNotContain(FIRST).doesNotContain(LAST).doesNotContain("domestic");
    }

    private void signIn(String username) {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("username")).sendKeys(username);
        Browser.typeAndSubmit(browser, browser.findElement(By.id("password")), DemoUsers.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(url("/")));
    }

    private void signOut() {
        click(By.xpath("//button[normalize-space()='Sign out']"));
        wait.until(ExpectedConditions.urlContains("/sign-in"));
    }

    /** Screenshots show the viewport only, so bring what the stage is about into view first. */
    private void scrollTo(By by) {
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(by));
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void click(By by) {
        WebElement button = browser.findElement(by);
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
