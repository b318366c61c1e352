package org.frontdoor.legacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The "import-legacy" command, for files too large to upload: imports (or with --dry-run, checks) one legacy
 * system's files from a directory, with a progress bar, prints the report and exits.
 *
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments="import-legacy --mapping=social-care --dir=exports/sc --dry-run"
 * </pre>
 * Exit status: 0 done, 1 files rejected or import stopped, 2 bad options.
 */
@Component
class LegacyCommand implements ApplicationRunner {

    static final String COMMAND = "import-legacy";
    private static final String USAGE = "import-legacy --mapping=SYSTEM --dir=DIRECTORY [--dry-run]";

    private final LegacyImport legacyImport;
    private final LegacyMappings mappings;
    private final ApplicationContext context;

    LegacyCommand(LegacyImport legacyImport, LegacyMappings mappings, ApplicationContext context) {
        this.legacyImport = legacyImport;
        this.mappings = mappings;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().contains(COMMAND)) {
            int status = execute(args);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    private int execute(ApplicationArguments args) {
        String system = one(args, "mapping");
        String dir = one(args, "dir");
        LegacyMapping mapping = system == null ? null : mappings.find(system).orElse(null);
        if (mapping == null || dir == null || !Files.isDirectory(Path.of(dir))) {
            System.err.println(COMMAND + ": " + (mapping == null ? "--mapping must be one of "
                    + mappings.all().stream().map(LegacyMapping::system).toList() : "--dir must be a directory")
                    + ". Usage: " + USAGE);
            return 2;
        }
        Map<LegacyType, Path> files = mapping.filesIn(Path.of(dir));
        LegacyReport report;
        try {
            report = args.containsOption("dry-run") ? legacyImport.dryRun(mapping, files)
                    : legacyImport.run(mapping, files, "import-legacy", LegacyCommand::bar);
        } catch (RuntimeException e) {
            System.err.println(COMMAND + ": stopped: " + e.getMessage() + ". Run it again to carry on.");
            return 1;
        }
        System.out.println();
        report.fileProblems().forEach(p -> System.out.println("Rejected: " + p));
        for (LegacyReport.Count c : report.counts()) {
            System.out.printf("%-14s in file %,8d  %s %,8d  already %,8d  rejected %,8d%n", c.type().label(),
                    c.inFile(), report.dryRun() ? "would create" : "created", c.created(), c.already(), c.rejected());
        }
        report.rejections().forEach(r -> System.out.println(r.type().label() + " line " + r.line() + ": " + r.reason()));
        System.out.println(report.matchesTotal() + " people match existing records");
        return report.rejectedWhole() ? 1 : 0;
    }

    private static void bar(LegacyImport.Progress p) {
        int width = 40;
        int filled = p.total() == 0 ? width : (int) (width * p.done() / p.total());
        System.out.printf("\r%-14s [%s%s] %,d/%,d", p.type().label(), "#".repeat(filled), " ".repeat(width - filled),
                p.done(), p.total());
        if (p.done() == p.total()) {
            System.out.println();
        }
    }

    private static String one(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}
