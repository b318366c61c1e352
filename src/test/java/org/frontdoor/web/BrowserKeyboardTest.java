package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A MASH worker who uses no mouse records a contact and decides on the child: every key goes to whatever has the
 * focus (Tab, Shift+Tab, Enter, Space, arrows), never a click. The pages must let focus reach each control in the
 * order it stands, the skip link must skip the navigation, and a bad submit must put focus on the error summary.
 */
class BrowserKeyboardTest extends BrowserTest {

    private static final String FIRST = "Marigold";
    private static final String LAST = "Keyes-Tabbington";
    /** Longer than any page's tab order here: reaching a control takes fewer presses, or the test says where focus went. */
    private static final int MOST_PRESSES = 400;

    @Test
    void aWorkerRecordsAContactAndDecidesUsingOnlyTheKeyboard() throws Exception {
        signIn();
        skipLinkSkipsTheNavigation();
        openTheContactFormFromTheNavigation();
        anEmptyContactPutsFocusOnTheErrorSummary();
        recordTheContact();
        decide();
    }

    /** The username box has focus when the page opens; Tab leads to the password, Enter signs in. */
    private void signIn() {
        browser.get(url("/sign-in"));
        assertThat(active().getAttribute("id")).isEqualTo("username");
        press("sam.patel", Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("password");
        press(DemoUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(url("/")));
    }

    /** The first Tab on a page lands on "Skip to main content"; Enter on it puts focus on the main content. */
    private void skipLinkSkipsTheNavigation() {
        press(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to main content");
        press(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("main-content");
        // The next Tab goes into the page's own content, past the navigation.
        press(Keys.TAB);
        assertThat(inMain()).as(describe(active())).isTrue();
        // Shift+Tab goes back out of it, to the sign-out button before the main content.
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(active().getText()).isEqualTo("Sign out");
    }

    private void openTheContactFormFromTheNavigation() {
        browser.get(url("/"));
        follow(By.linkText("Contacts"));
        wait.until(ExpectedConditions.titleContains("Contacts"));
        follow(By.linkText("Record a contact"));
        wait.until(ExpectedConditions.titleContains("Record a contact"));
    }

    /** Record with nothing filled in: the error summary takes focus, and its first link takes focus to the field. */
    private void anEmptyContactPutsFocusOnTheErrorSummary() {
        // In the order they stand on the page: tabTo fails if focus goes round the page to get to one.
        for (String id : List.of("receivedDay", "receivedTime", "route", "sourceCode", "referrerName", "worries",
                "adding.firstName", "adding.dobDay", "fatherNotKnownReason", "consent", "consentReason")) {
            tabTo(By.id(id));
        }
        tabTo(By.cssSelector("button[value=record]"));
        submit();
        assertThat(browser.getTitle()).startsWith("Error:");
        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        wait.until(d -> summary.equals(active()));

        press(Keys.TAB);
        WebElement firstError = active();
        String field = firstError.getAttribute("href").replaceFirst(".*#", "");
        press(Keys.ENTER);
        wait.until(d -> field.equals(active().getAttribute("id")));
    }

    private void recordTheContact() {
        // From wherever the error summary's link left focus, round the page if need be.
        tabTo(browser.findElement(By.id("route")), true);
        press(Keys.SPACE); // the first radio: a phone call
        assertThat(browser.findElement(By.id("route")).isSelected()).isTrue();
        tabTo(By.id("sourceCode"));
        arrowDownUntil(() -> "1B".equals(active().getAttribute("value")));
        tabTo(By.id("referrerName"));
        press("Ms Neighbour");
        tabTo(By.id("worries"));
        press("Toddler left alone in the flat for hours; heard crying through the wall.");
        tabTo(By.id("adding.firstName"));
        press(FIRST, Keys.TAB, LAST);
        tabTo(By.id("adding.dobDay"));
        press("4", Keys.TAB, "11", Keys.TAB, "2022");
        tabTo(By.cssSelector("button[value=find]"));
        submit();

        tabTo(By.id("choice-new"));
        press(Keys.SPACE);
        tabTo(By.cssSelector("#candidates button[value=add]"));
        submit();
        assertThat(main()).contains("New record");

        tabTo(By.id("fatherNotKnownReason"));
        press("Neighbour does not know the family");
        tabTo(By.id("consent"));
        arrowDownUntil(() -> "consent-NOT_SOUGHT".equals(active().getAttribute("id")));
        assertThat(active().isSelected()).isTrue();
        tabTo(By.id("consentReason"));
        press("Neighbour asked not to be named to the family");
        tabTo(By.cssSelector("button[value=record]"));
        submit();

        wait.until(ExpectedConditions.titleContains("Contact "));
        assertThat(main()).contains("Contact recorded").contains(FIRST + " " + LAST).contains("Consent not sought");
    }

    /** From the contact, the Decide link; an empty decision is refused with focus on the summary; then decided. */
    private void decide() {
        follow(By.linkText("Decide"));
        wait.until(ExpectedConditions.titleContains("Decision: " + FIRST + " " + LAST));
        tabTo(By.xpath("//button[normalize-space()='Send for management oversight']"));
        submit();
        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        wait.until(d -> summary.equals(active()));

        tabTo(By.id("outcome"));
        arrowDownUntil(() -> "outcome-EARLY_HELP".equals(active().getAttribute("id")));
        WebElement indicator = browser.findElement(By.xpath(
                "//fieldset[legend[starts-with(normalize-space(), 'Level 2')]]//input[@name='indicatorIds']"));
        tabTo(indicator);
        press(Keys.SPACE);
        assertThat(indicator.isSelected()).isTrue();
        tabTo(By.id("thresholdLevel"));
        press(Keys.ARROW_RIGHT); // Level 2
        assertThat(browser.findElement(By.id("thresholdLevel-2")).isSelected()).isTrue();
        tabTo(By.id("rationale"));
        press("Young child left alone: family agree to early help for routines and support.");
        tabTo(By.id("riskAnalysis"));
        press("Worried: child left alone. Working well: mother engaging. Next: early help assessment.");
        tabTo(By.id("childViewsSought"));
        press(Keys.ARROW_RIGHT); // No: a toddler
        tabTo(By.id("childViewsReason"));
        press("Too young to give a view; observed at home");
        tabTo(By.xpath("//button[normalize-space()='Send for management oversight']"));
        submit();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"),
                "Decision for " + FIRST + " " + LAST + " recorded"));
        assertThat(main()).contains("Early help");
    }

    /**
     * Presses Tab until the element has focus. Fails, saying where focus went, if it never gets there or if it has to
     * go round the page (back to the skip link) to get there: the controls must come in the order they are read.
     */
    private void tabTo(By by) {
        tabTo(browser.findElement(by), false);
    }

    private void tabTo(WebElement target) {
        tabTo(target, false);
    }

    private void tabTo(WebElement target, boolean mayGoRound) {
        WebElement skipLink = browser.findElement(By.className("govuk-skip-link"));
        WebElement body = browser.findElement(By.tagName("body"));
        List<WebElement> visited = new ArrayList<>();
        for (int i = 0; i < MOST_PRESSES; i++) {
            WebElement now = active();
            if (now.equals(target)) {
                return;
            }
            if (!mayGoRound && now.equals(skipLink) && visited.stream().anyMatch(e -> !e.equals(body))) {
                fail("Focus went round the page before reaching " + describe(target) + ": " + describe(visited));
            }
            visited.add(now);
            press(Keys.TAB);
        }
        fail("Tab never reached " + describe(target) + "; focus went to " + describe(visited));
    }

    private List<String> describe(List<WebElement> elements) {
        return elements.stream().map(this::describe).toList();
    }

    /** Tabs to a link and presses Enter on it. */
    private void follow(By link) {
        tabTo(link);
        submit();
    }

    /** Enter on the focused link or button, then waits for the next page. */
    private void submit() {
        WebElement focused = active();
        press(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(focused));
    }

    private void arrowDownUntil(java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 60 && !done.getAsBoolean(); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(done.getAsBoolean()).as("reached by the arrow keys").isTrue();
    }

    /** Keys go to whatever has focus, as a keyboard's do. */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private String describe(WebElement e) {
        String id = e.getAttribute("id");
        return e.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + " '" + e.getText().strip() + "'";
    }

    private boolean inMain() {
        return Boolean.TRUE.equals(browser.executeScript(
                "return document.getElementById('main-content').contains(document.activeElement)"));
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
