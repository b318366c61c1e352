package org.frontdoor.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.frontdoor.access.AccessLog;
import org.frontdoor.legacy.LegacyFields.Rejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one legacy system's files. Every file is read through once first: if any cannot be read as a whole
 * (encoding, quotes, columns, cut off) nothing at all is imported. Then each kind of record in turn, people first,
 * in batches of {@value #BATCH} rows, each batch one transaction that also writes each row's (source system, type,
 * source id) in {@code legacy_record}: a row already there is skipped, so running the same files again changes
 * nothing and a run that stopped halfway carries on where its last batch ended.
 *
 * <p>A dry run reads and checks in the same way and writes nothing.
 */
@Service
public class LegacyImport {

    static final int BATCH = 500;
    /** How many rejected rows and matches a report lists; every rejection of a real run is also stored. */
    static final int LISTED = 1000;

    /** How far an import has got: rows of {@code type} done out of {@code total}. */
    public record Progress(LegacyType type, long done, long total) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LegacyWriter writer;
    private final AccessLog accessLog;
    private final ZoneId zone;

    LegacyImport(JdbcClient jdbc, PlatformTransactionManager transactions, LegacyWriter writer, AccessLog accessLog,
                 @Value("${frontdoor.zone}") String zone) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.writer = writer;
        this.accessLog = accessLog;
        this.zone = ZoneId.of(zone);
    }

    public LegacyReport dryRun(LegacyMapping mapping, Map<LegacyType, Path> files) {
        return execute(mapping, files, null, p -> { }, BATCH);
    }

    /** Imports, telling {@code progress} after each batch is committed; an exception from it stops the import. */
    public LegacyReport run(LegacyMapping mapping, Map<LegacyType, Path> files, String username,
                            Consumer<Progress> progress) {
        return execute(mapping, files, username, progress, BATCH);
    }

    /** With smaller batches, so that tests can stop an import between two of them. */
    LegacyReport run(LegacyMapping mapping, Map<LegacyType, Path> files, String username,
                     Consumer<Progress> progress, int batchSize) {
        return execute(mapping, files, username, progress, batchSize);
    }

    private LegacyReport execute(LegacyMapping mapping, Map<LegacyType, Path> files, String username,
                                 Consumer<Progress> progress, int batchSize) {
        boolean dry = username == null;
        LegacyFields fields = new LegacyFields(mapping, LocalDate.now(zone));
        Map<LegacyType, Integer> totals = new EnumMap<>(LegacyType.class);
        List<String> problems = check(mapping, fields, files, totals);
        State state = new State(mapping, fields, dry);
        if (!problems.isEmpty()) {
            if (!dry) {
                state.runId = writer.startRun(mapping.system(), false, username);
                writer.finishRun(state.runId, "REJECTED", String.join("\n", problems), List.of());
            }
            return state.report(problems);
        }
        if (!dry) {
            state.runId = writer.startRun(mapping.system(), false, username);
        }
        try {
            for (LegacyType type : LegacyType.values()) {
                if (files.containsKey(type)) {
                    state.counts.put(type, new int[] {totals.get(type), 0, 0, 0});
                    importFile(state, type, files.get(type), totals.get(type), progress, batchSize);
                }
            }
        } catch (RuntimeException e) {
            if (!dry) {
                writer.finishRun(state.runId, "FAILED", String.valueOf(e.getMessage()), List.of());
            }
            throw e;
        }
        LegacyReport report = state.report(List.of());
        if (!dry) {
            writer.finishRun(state.runId, "DONE", null, report.counts());
            accessLog.record(AccessLog.Action.CHANGE, "Imported legacy records from " + mapping.label() + " (run "
                    + state.runId + "): " + report.total(LegacyReport.Count::created) + " created, "
                    + report.total(LegacyReport.Count::rejected) + " rejected", null);
        }
        return report;
    }

    /** The mapping's and the files' problems, each file read through once; counts each file's records. */
    private List<String> check(LegacyMapping mapping, LegacyFields fields, Map<LegacyType, Path> files,
                               Map<LegacyType, Integer> totals) {
        List<String> problems = new ArrayList<>();
        for (LegacyType type : LegacyType.values()) {
            Path file = files.get(type);
            if (file == null) {
                continue;
            }
            if (!mapping.files().containsKey(type)) {
                problems.add(file.getFileName() + ": the mapping for " + mapping.label() + " has no "
                        + type.label().toLowerCase() + " layout");
                continue;
            }
            List<String> mappingProblems = fields.mappingProblems(type);
            if (!mappingProblems.isEmpty()) {
                problems.addAll(mappingProblems);
                continue;
            }
            try (LegacyRows rows = open(mapping, fields, type, file)) {
                int n = 0;
                while (rows.next() != null) {
                    n++;
                }
                totals.put(type, n);
            } catch (LegacyFileProblem e) {
                problems.add(file.getFileName() + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return problems;
    }

    static LegacyRows open(LegacyMapping mapping, LegacyFields fields, LegacyType type, Path file)
            throws IOException, LegacyFileProblem {
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
                return new LegacyXlsx(in, mapping, fields.columns(type));
            }
            return new LegacyCsv(in, Charset.forName(mapping.encoding() == null ? "UTF-8" : mapping.encoding()),
                    mapping.delimiterChar(), fields.columns(type));
        } catch (IOException | LegacyFileProblem | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void importFile(State state, LegacyType type, Path file, int total, Consumer<Progress> progress,
                            int batchSize) {
        try (LegacyRows rows = open(state.mapping, state.fields, type, file)) {
            List<LegacyRow> batch = new ArrayList<>(batchSize);
            long done = 0;
            LegacyRow row;
            while (true) {
                row = rows.next();
                if (row != null) {
                    batch.add(row);
                }
                if (batch.size() == batchSize || row == null && !batch.isEmpty()) {
                    if (state.dry) {
                        apply(state, type, batch);
                    } else {
                        transaction.executeWithoutResult(s -> apply(state, type, batch));
                    }
                    done += batch.size();
                    batch.clear();
                    progress.accept(new Progress(type, done, total));
                }
                if (row == null) {
                    return;
                }
            }
        } catch (IOException | LegacyFileProblem e) {
            // The file read whole a moment ago: it changed underneath us.
            throw new IllegalStateException(file.getFileName() + " changed during the import: " + e.getMessage(), e);
        }
    }

    /** One batch: read each row, skip those imported before, resolve what they name, create the rest. */
    private void apply(State state, LegacyType type, List<LegacyRow> batch) {
        Map<LegacyRow, Object> values = new java.util.LinkedHashMap<>();
        Set<String> personRefs = new HashSet<>();
        Set<String> contactRefs = new HashSet<>();
        for (LegacyRow row : batch) {
            try {
                Object v = switch (type) {
                    case PERSON -> state.fields.person(row);
                    case RELATIONSHIP -> state.fields.relationship(row);
                    case CONTACT -> state.fields.contact(row);
                    case REFERRAL -> state.fields.referral(row);
                };
                values.put(row, v);
                if (v instanceof LegacyFields.RelationshipValues r) {
                    personRefs.add(r.person());
                    personRefs.add(r.related());
                } else if (v instanceof LegacyFields.ContactValues c) {
                    personRefs.add(c.person());
                } else if (v instanceof LegacyFields.ReferralValues r) {
                    personRefs.add(r.person());
                    if (r.contact() != null) {
                        contactRefs.add(r.contact());
                    }
                }
            } catch (Rejected e) {
                state.reject(type, row, idOrNull(state.fields, type, row), e.getMessage());
            }
        }
        String system = state.mapping.system();
        Map<String, Long> already = writer.imported(system, type, values.values().stream().map(LegacyImport::id).toList());
        Map<String, Long> people = writer.imported(system, LegacyType.PERSON, personRefs);
        Map<String, Long> contacts = writer.imported(system, LegacyType.CONTACT, contactRefs);
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<LegacyRow, Object> e : values.entrySet()) {
            LegacyRow row = e.getKey();
            String id = id(e.getValue());
            if (already.containsKey(id)) {
                state.count(type)[2]++;
                continue;
            }
            Integer earlier = seen.putIfAbsent(id, row.line());
            if (earlier != null) {
                state.reject(type, row, id, "the id " + id + " is used again (first on line " + earlier + ")");
                continue;
            }
            try {
                create(state, type, e.getValue(), people, contacts);
                state.count(type)[1]++;
            } catch (Rejected r) {
                seen.remove(id);
                state.reject(type, row, id, r.getMessage());
            }
        }
    }

    private void create(State state, LegacyType type, Object v, Map<String, Long> people, Map<String, Long> contacts)
            throws Rejected {
        String system = state.mapping.system();
        if (v instanceof LegacyFields.PersonValues p) {
            LegacyReport.Match match = state.dry ? writer.bestMatch(p) : writer.person(state.runId, system, p);
            state.dryIds.get(LegacyType.PERSON).add(p.id());
            if (match != null) {
                state.match(match);
            }
        } else if (v instanceof LegacyFields.RelationshipValues r) {
            long person = person(state, people, r.person());
            long related = person(state, people, r.related());
            if (!state.dry) {
                writer.relationship(state.runId, system, r, person, related);
            }
        } else if (v instanceof LegacyFields.ContactValues c) {
            long person = person(state, people, c.person());
            state.dryIds.get(LegacyType.CONTACT).add(c.id());
            if (!state.dry) {
                writer.contact(state.runId, state.mapping, c, person, zone);
            }
        } else if (v instanceof LegacyFields.ReferralValues r) {
            long person = person(state, people, r.person());
            Long contact = null;
            if (r.contact() != null) {
                contact = contacts.get(r.contact());
                if (contact == null && !state.dryIds.get(LegacyType.CONTACT).contains(r.contact())) {
                    throw new Rejected("contact " + r.contact() + " is not in the contacts file, or was rejected");
                }
            }
            if (!state.dry) {
                writer.referral(state.runId, system, r, person, contact, zone);
            }
        } else {
            throw new IllegalArgumentException(type.name());
        }
    }

    /** Our id for a legacy person named by another record; -1 in a dry run for someone it would create. */
    private static long person(State state, Map<String, Long> people, String legacyId) throws Rejected {
        Long id = people.get(legacyId);
        if (id != null) {
            return id;
        }
        if (state.dry && state.dryIds.get(LegacyType.PERSON).contains(legacyId)) {
            return -1;
        }
        throw new Rejected("person " + legacyId + " is not in the people file, or was rejected");
    }

    private static String id(Object values) {
        if (values instanceof LegacyFields.PersonValues p) {
            return p.id();
        } else if (values instanceof LegacyFields.RelationshipValues r) {
            return r.id();
        } else if (values instanceof LegacyFields.ContactValues c) {
            return c.id();
        }
        return ((LegacyFields.ReferralValues) values).id();
    }

    private static String idOrNull(LegacyFields fields, LegacyType type, LegacyRow row) {
        try {
            return fields.id(type, row);
        } catch (Rejected e) {
            return null;
        }
    }

    /** One run's counts and findings as it goes. */
    private final class State {
        final LegacyMapping mapping;
        final LegacyFields fields;
        final boolean dry;
        Long runId;
        /** in file, created, already, rejected */
        final Map<LegacyType, int[]> counts = new EnumMap<>(LegacyType.class);
        final List<LegacyReport.Rejection> rejections = new ArrayList<>();
        int rejectionsTotal;
        final List<LegacyReport.Match> matches = new ArrayList<>();
        int matchesTotal;
        /** Dry run only: the people and contacts it would create, for the records that name them. */
        final Map<LegacyType, Set<String>> dryIds = Map.of(LegacyType.PERSON, new HashSet<>(),
                LegacyType.CONTACT, new HashSet<>());

        State(LegacyMapping mapping, LegacyFields fields, boolean dry) {
            this.mapping = mapping;
            this.fields = fields;
            this.dry = dry;
        }

        int[] count(LegacyType type) {
            return counts.get(type);
        }

        void reject(LegacyType type, LegacyRow row, String id, String reason) {
            count(type)[3]++;
            rejectionsTotal++;
            if (rejections.size() < LISTED) {
                rejections.add(new LegacyReport.Rejection(type, row.line(), id, reason));
            }
            if (!dry) {
                writer.rejection(runId, type, row.line(), id, reason);
            }
        }

        void match(LegacyReport.Match match) {
            matchesTotal++;
            if (matches.size() < LISTED) {
                matches.add(match);
            }
        }

        LegacyReport report(List<String> problems) {
            List<LegacyReport.Count> list = new ArrayList<>();
            counts.forEach((type, c) -> list.add(new LegacyReport.Count(type, c[0], c[1], c[2], c[3])));
            return new LegacyReport(runId, mapping.system(), mapping.label(), dry, List.copyOf(problems), list,
                    List.copyOf(rejections), rejectionsTotal, List.copyOf(matches), matchesTotal);
        }
    }
}
