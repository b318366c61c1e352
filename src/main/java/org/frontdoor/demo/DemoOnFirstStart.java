package org.frontdoor.demo;

import java.time.LocalDate;
import org.frontdoor.access.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start against an empty database, loads the demo Kingsmere Borough Council so that there is
 * something to see (frontdoor.demo.load-on-empty). A database with users but no people, such as a real authority's
 * before its first contact, is left alone.
 */
@Component
class DemoOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

    private final DemoData demo;
    private final DemoProperties settings;
    private final UserRepository users;

    DemoOnFirstStart(DemoData demo, DemoProperties settings, UserRepository users) {
        this.demo = demo;
        this.settings = settings;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!settings.loadOnEmpty() || DemoArguments.requested(args) || demo.people() > 0 || users.count() > 0) {
            return;
        }
        log.info("Empty database: loading the demo local authority ({} years, {}, seed {})", settings.years(),
                settings.size(), settings.seed());
        DemoOptions options = new DemoOptions(settings.seed(), settings.years(), settings.size(),
                LocalDate.now(DemoOptions.ZONE));
        log.info("{}", demo.load(options, false));
    }
}
