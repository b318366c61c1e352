package org.frontdoor.screening;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for the server-side clocks (see {@link ClockAlertJob}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScreeningClockConfig {
}
