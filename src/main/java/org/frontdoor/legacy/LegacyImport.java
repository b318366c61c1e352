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
import java.util.LinkedHashMap;
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
            writer.figures(state.runId, true);
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
            writer.figures(state.runId, false);
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

    /**
     * One batch: read each row, skip those imported before, resolve what they name (one query per kind named), then
     * create the rest together. A dry run remembers the ids it would create, so that the records naming them count.
     */
    private void apply(State state, LegacyType type, List<LegacyRow> batch) {
        Map<LegacyRow, LegacyFields.Values> values = new LinkedHashMap<>();
        Map<LegacyType, Set<String>> refs = new EnumMap<>(LegacyType.class);
        for (LegacyRow row : batch) {
            try {
                LegacyFields.Values v = state.fields.values(type, row);
                values.put(row, v);
                for (LegacyFields.Ref ref : v.refs()) {
                    if (ref != null) {
                        refs.computeIfAbsent(ref.type(), t -> new HashSet<>()).add(ref.id());
                    }
                }
            } catch (Rejected e) {
                state.reject(type, row, idOrNull(state.fields, type, row), e.getMessage());
            }
        }
        String system = state.mapping.system();
        Map<String, Long> already = writer.imported(system, type,
                values.values().stream().map(LegacyFields.Values::id).toList());
        Map<LegacyType, Map<String, Long>> targets = new EnumMap<>(LegacyType.class);
        refs.forEach((t, ids) -> targets.put(t, writer.imported(system, t, ids)));
        Map<String, Integer> seen = new HashMap<>();
        List<LegacyWriter.Pending> pending = new ArrayList<>();
        for (Map.Entry<LegacyRow, LegacyFields.Values> e : values.entrySet()) {
            LegacyRow row = e.getKey();
            LegacyFields.Values v = e.getValue();
            if (already.containsKey(v.id())) {
                state.count(type)[2]++;
                continue;
            }
            Integer earlier = seen.putIfAbsent(v.id(), row.line());
            if (earlier != null) {
                state.reject(type, row, v.id(), "the id " + v.id() + " is used again (first on line " + earlier + ")");
                continue;
            }
            try {
                pending.add(new LegacyWriter.Pending(row, v, resolve(state, v, targets)));
            } catch (Rejected r) {
                seen.remove(v.id());
                state.reject(type, row, v.id(), r.getMessage());
            }
        }
        if (state.dry) {
            List<LegacyFields.PersonValues> people = new ArrayList<>();
            for (LegacyWriter.Pending p : pending) {
                if (NAMES.containsKey(type)) {
                    state.dryIds.computeIfAbsent(type, t -> new HashSet<>()).add(p.values().id());
                }
                if (p.values() instanceof LegacyFields.PersonValues person) {
                    people.add(person);
                }
                state.count(type)[1]++;
            }
            for (LegacyReport.Match match : writer.bestMatches(people)) {
                if (match != null) {
                    state.match(match);
                }
            }
            return;
        }
        LegacyWriter.Written written = writer.write(state.runId, state.mapping, type, pending, zone);
        written.rejected().forEach((p, reason) -> state.reject(type, p.row(), p.values().id(), reason));
        written.matches().forEach(state::match);
        state.count(type)[1] += pending.size() - written.rejected().size();
    }

    /** Our ids for the records {@code v} names, in the order it names them; -1 in a dry run for one it would create. */
    private static Long[] resolve(State state, LegacyFields.Values v, Map<LegacyType, Map<String, Long>> targets)
            throws Rejected {
        List<LegacyFields.Ref> refs = v.refs();
        Long[] ids = new Long[refs.size()];
        for (int i = 0; i < ids.length; i++) {
            LegacyFields.Ref ref = refs.get(i);
            if (ref == null) {
                continue;
            }
            ids[i] = targets.getOrDefault(ref.type(), Map.of()).get(ref.id());
            if (ids[i] == null && state.dry && state.dryIds.getOrDefault(ref.type(), Set.of()).contains(ref.id())) {
                ids[i] = -1L;
            }
            if (ids[i] == null) {
                throw new Rejected(NAMES.get(ref.type()) + " " + ref.id() + " is not in the "
                        + ref.type().label().toLowerCase() + " file, or was rejected");
            }
        }
        return ids;
    }

    private static final Map<LegacyType, String> NAMES = Map.of(LegacyType.PERSON, "person", LegacyType.CONTACT,
            "contact", LegacyType.REFERRAL, "referral", LegacyType.ASSESSMENT, "assessment", LegacyType.S47,
            "section 47 enquiry");

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
        /**
         * Dry run only: the ids it would create, for the records that name them (a real run looks them up in
         * {@code legacy_record} instead, so that its memory stays the same however large the files).
         */
        final Map<LegacyType, Set<String>> dryIds = new EnumMap<>(LegacyType.class);

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
