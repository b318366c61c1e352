package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.frontdoor.access.NewUser;
import org.frontdoor.access.Role;
import org.frontdoor.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at a real browser: every demo role signs in and sees who they are; an admin adds a colleague. */
class BrowserSignInTest extends BrowserTest {

    @Test
    void everyDemoUserSignsInAndSeesTheirNameAndRole() throws Exception {
        for (NewUser user : DemoUsers.USERS) {
            signIn(user.username(), DemoUsers.PASSWORD);
            String page = browser.findElement(By.tagName("body")).getText();
            if (user.roles().isEmpty()) {
                assertThat(page).contains("Your account has no role");
            } else {
                assertThat(page).contains("Signed in as " + user.displayName());
                for (Role role : user.roles()) {
                    assertThat(page).contains(role.label());
                }
            }
            if (user.username().equals("sam.patel")) {
                Browser.screenshot(browser, "home-mash-social-worker");
            }
            signOut();
        }
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryWithoutSayingWhichPartWasWrong() throws Exception {
        signIn("sam.patel", "not the password");
        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter a correct username and password");
        Browser.screenshot(browser, "sign-in-error");
    }

    @Test
    void adminAddsAUserWithTheKeyboardAndTheyCanSignIn() throws Exception {
        signIn("admin", DemoUsers.PASSWORD);
        browser.get(url("/admin/users/new"));
        // Submitting empty shows the GOV.UK error summary and keeps the page.
        WebElement add = browser.findElement(By.cssSelector("main button[type=submit]"));
        add.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(add));
        List<String> errors = browser.findElements(By.cssSelector(".govuk-error-summary__list a"))
                .stream().map(WebElement::getText).toList();
        assertThat(errors).contains("Enter a username", "Enter the person’s full name");
        assertThat(browser.getTitle()).startsWith("Error: Add a user");
        Browser.screenshot(browser, "add-user-errors");

        browser.findElement(By.id("username")).sendKeys("browser.worker");
        browser.findElement(By.id("displayName")).sendKeys("Bea Rowser");
        browser.findElement(By.id("roles-MASH_MANAGER")).sendKeys(Keys.SPACE);
        Browser.typeAndSubmit(browser, browser.findElement(By.id("password")), "a long enough password");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("User Bea Rowser added");
        signOut();

        signIn("browser.worker", "a long enough password");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Signed in as Bea Rowser").contains("MASH team manager");
        signOut();
    }

    private void signIn(String username, String password) {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("username")).sendKeys(username);
        Browser.typeAndSubmit(browser, browser.findElement(By.id("password")), password);
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
