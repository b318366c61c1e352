package org.frontdoor.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** frontdoor.demo in application.yml: whether to load the demo borough on first start, and how much of it. */
@ConfigurationProperties("frontdoor.demo")
public record DemoProperties(boolean loadOnEmpty, int years, DemoOptions.Size size, long seed) {
}
