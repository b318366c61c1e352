package org.frontdoor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (npm, copied into the test classes by the Maven build, never served by the app) run in the page the
 * browser shows. The CSP forbids inline scripts, but WebDriver's scripts run outside the page's policy.
 */
final class Axe {

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules: what the public sector accessibility regulations ask for. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
               .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ' at ' + n.target.join(' ')
                       + ': ' + v.help))))
               .catch(e => done(['axe failed: ' + e]));""";

    private static final String SOURCE = read();

    private Axe() {
    }

    /** The serious and critical violations on the current page, one line each: impact, rule, element, what to do. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(SOURCE);
        }
        return (List<String>) browser.executeAsyncScript(RUN);
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test classpath: run the Maven build, "
                        + "which copies it from frontend/node_modules/axe-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
