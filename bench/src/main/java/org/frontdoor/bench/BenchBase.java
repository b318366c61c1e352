package org.frontdoor.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against the benchmarks' own embedded PostgreSQL, kept between runs under bench/work so that
 * the large demo borough is loaded once (see {@link BenchDataset}). Every *Bench class extends this, so they share
 * one application context and one database. The port is free-chosen: a developer's app may hold the usual one.
 */
@SpringBootTest(properties = {"frontdoor.embedded-postgres.port=0", "frontdoor.demo.load-on-empty=false",
        "spring.main.banner-mode=off", "logging.level.org.frontdoor.demo=DEBUG"})
abstract class BenchBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("frontdoor.embedded-postgres.data-dir", () -> BenchDataset.dataDir().toString());
    }
}
