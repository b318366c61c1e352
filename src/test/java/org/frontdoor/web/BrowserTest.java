package org.frontdoor.web;

import java.time.Duration;
import org.frontdoor.demo.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app on a free port over an empty database with the demo users, and one Chromium for the whole class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
                "frontdoor.demo.load-on-empty=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort int port;
    @Autowired DemoUsers demoUsers;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        demoUsers.createMissing();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }
}
