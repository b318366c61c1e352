package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A MASH worker records a phone call in a real browser: search first, add the child, consent, record. */
class BrowserContactTest extends BrowserTest {

    @Test
    void aWorkerRecordsAPhoneCallAboutANewChild() throws Exception {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("username")).sendKeys("sam.patel");
        Browser.typeAndSubmit(browser, browser.findElement(By.id("password")), DemoUsers.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/contacts/new"));
        wait.until(ExpectedConditions.titleContains("Record a contact"));

        browser.findElement(By.id("route")).sendKeys(Keys.SPACE); // the first radio: a phone call
        new Select(browser.findElement(By.id("sourceCode"))).selectByValue("1B");
        browser.findElement(By.id("referrerName")).sendKeys("Mr Neighbour");
        browser.findElement(By.id("worries")).sendKeys("Children crying late every night, no adult seen");
        browser.findElement(By.id("adding.firstName")).sendKeys("Wren");
        browser.findElement(By.id("adding.lastName")).sendKeys("Abernethy-Quist");
        browser.findElement(By.id("adding.dobDay")).sendKeys("12");
        browser.findElement(By.id("adding.dobMonth")).sendKeys("6");
        browser.findElement(By.id("adding.dobYear")).sendKeys("2019");
        click(By.cssSelector("button[value=find]"));

        WebElement none = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choice-new")));
        Browser.screenshot(browser, "contact-person-search");
        none.sendKeys(Keys.SPACE);
        click(By.cssSelector("#candidates button[value=add]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), "New record"));
        browser.findElement(By.id("fatherNotKnownReason")).sendKeys("Neighbour does not know the family");
        browser.findElement(By.id("consent-NOT_SOUGHT")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("consentReason")).sendKeys("Neighbour asked to stay anonymous to the family");
        click(By.cssSelector("button[value=record]"));

        wait.until(ExpectedConditions.titleContains("Contact "));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Contact recorded").contains("Wren Abernethy-Quist").contains("Consent not sought")
                .contains("Neighbour does not know the family").contains("On time")
                .doesNotContain("Match to the person index");
        Browser.screenshot(browser, "contact-recorded");
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
