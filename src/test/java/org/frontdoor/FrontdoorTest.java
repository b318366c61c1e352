package org.frontdoor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application against its own temporary embedded PostgreSQL, with no demo data loaded. Every test class
 * using it shares one application context (and so one database): tests create what they need with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
        "frontdoor.demo.load-on-empty=false", "frontdoor.screening.clock-alerts.enabled=false",
        "frontdoor.performance.month-end-report.enabled=false"})
@AutoConfigureMockMvc
@AutoConfigureObservability // the Prometheus endpoint exists in tests as in production
public @interface FrontdoorTest {
}
