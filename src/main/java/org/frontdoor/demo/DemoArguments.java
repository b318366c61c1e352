package org.frontdoor.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.boot.ApplicationArguments;

/**
 * The "generate" command's options, checked before anything touches the database. Options left out take the
 * frontdoor.demo settings, and --until today. Options with a dot in the name are Spring properties and pass.
 */
record DemoArguments(DemoOptions options, boolean reset) {

    static final String COMMAND = "generate";
    static final String USAGE = "generate [--years=1..10] [--size=small|medium|large] [--seed=N] "
            + "[--until=YYYY-MM-DD] [--reset]";
    private static final Set<String> OPTIONS = Set.of("years", "size", "seed", "until", "reset");

    static boolean requested(ApplicationArguments args) {
        return args.getNonOptionArgs().contains(COMMAND);
    }

    /** @throws IllegalArgumentException saying which value is wrong and what is allowed */
    static DemoArguments parse(ApplicationArguments args, DemoProperties defaults, LocalDate today) {
        for (String name : new TreeSet<>(args.getOptionNames())) {
            if (!OPTIONS.contains(name) && !name.contains(".")) {
                throw new IllegalArgumentException("unknown option --" + name + ". Usage: " + USAGE);
            }
        }
        int years = value(args, "years", defaults.years(), "a whole number from 1 to " + DemoOptions.MAX_YEARS, v -> {
            int n = Integer.parseInt(v);
            return n >= 1 && n <= DemoOptions.MAX_YEARS ? n : null;
        });
        DemoOptions.Size size = value(args, "size", defaults.size(), "small, medium or large",
                v -> DemoOptions.Size.valueOf(v.toUpperCase(Locale.ROOT)));
        long seed = value(args, "seed", defaults.seed(), "a whole number", Long::valueOf);
        LocalDate until = value(args, "until", today, "a date written YYYY-MM-DD, not after today (" + today + ")",
                v -> {
                    LocalDate date = LocalDate.parse(v);
                    return date.isAfter(today) ? null : date;
                });
        if (args.containsOption("reset") && !args.getOptionValues("reset").isEmpty()) {
            throw new IllegalArgumentException("--reset takes no value");
        }
        return new DemoArguments(new DemoOptions(seed, years, size, until), args.containsOption("reset"));
    }

    /** The option's value, read by {@code read}, which returns null or throws when the value is not allowed. */
    private static <T> T value(ApplicationArguments args, String name, T otherwise, String allowed,
                               Function<String, T> read) {
        if (!args.containsOption(name)) {
            return otherwise;
        }
        List<String> values = args.getOptionValues(name);
        if (values.size() != 1) {
            throw new IllegalArgumentException("--" + name + " needs one value: " + allowed);
        }
        T value;
        try {
            value = read.apply(values.get(0));
        } catch (RuntimeException e) {
            value = null;
        }
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "=" + values.get(0) + " is not allowed: it must be "
                    + allowed);
        }
        return value;
    }
}
