package org.frontdoor.demo;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The "generate" command: fills the case tables with a synthetic Kingsmere Borough Council (families, contacts
 * about their children) and exits. The same options always give the same data.
 *
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments="generate --years=5 --size=large --seed=42 --reset"
 * </pre>
 *
 * <ul>
 *   <li>{@code --years=1..10}: years of contacts, ending the day before {@code --until}
 *   <li>{@code --size=small|medium|large}: about 5,000, 20,000 or 50,000 contacts a year
 *   <li>{@code --seed=N}: a different seed gives a different borough
 *   <li>{@code --until=YYYY-MM-DD}: defaults to today (Europe/London)
 *   <li>{@code --reset}: replace the people, relationships and contacts already there (never users or the access
 *       log); without it the command refuses to run over existing people
 * </ul>
 * Left out, years, size and seed come from {@code frontdoor.demo} in application.yml. Exit status: 0 done,
 * 1 refused, 2 bad options.
 */
@Component
class DemoCommand implements ApplicationRunner {

    private final DemoData demo;
    private final DemoProperties defaults;
    private final ApplicationContext context;

    DemoCommand(DemoData demo, DemoProperties defaults, ApplicationContext context) {
        this.demo = demo;
        this.defaults = defaults;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (DemoArguments.requested(args)) {
            int status = generate(args);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    private int generate(ApplicationArguments args) throws Exception {
        DemoArguments command;
        try {
            command = DemoArguments.parse(args, defaults, LocalDate.now(DemoOptions.ZONE));
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
        long people = demo.people();
        if (people > 0 && !command.reset()) {
            System.err.printf("generate: the database already holds %,d people. Add --reset to replace them and their "
                    + "contacts with demo data (users and the access log are kept).%n", people);
            return 1;
        }
        System.out.println(demo.load(command.options(), command.reset()));
        return 0;
    }
}
