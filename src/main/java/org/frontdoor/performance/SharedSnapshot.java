package org.frontdoor.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs read-only queries on extra connections that all see the caller's snapshot ({@code pg_export_snapshot}), so
 * a scorecard's indicators agree with each other however many connections compute them.
 *
 * <p>The calling thread works through the queries itself; helpers only join in once they have a connection and the
 * snapshot. A caller never waits for a connection a helper could not get, so a busy pool slows the scorecard down
 * rather than deadlocking it.
 */
final class SharedSnapshot implements AutoCloseable {

    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F-]+");

    private final JdbcClient jdbc;
    private final TransactionTemplate importer;
    private final ExecutorService helpers;
    private final int helperCount;

    SharedSnapshot(JdbcClient jdbc, PlatformTransactionManager transactions, int threads) {
        this.jdbc = jdbc;
        this.importer = new TransactionTemplate(transactions);
        importer.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        importer.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        importer.setReadOnly(true);
        this.helperCount = Math.max(0, threads - 1);
        this.helpers = helperCount == 0 ? null : Executors.newFixedThreadPool(helperCount, r -> {
            Thread t = new Thread(r, "vital-signs-helper");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs every task and returns their results in order. Must be called inside a read-only transaction; if that
     * transaction has written anything, helpers could not see it, so the tasks then run on the caller's connection.
     */
    <T> List<T> runAll(List<Supplier<T>> tasks) {
        List<CompletableFuture<T>> results = new ArrayList<>();
        tasks.forEach(t -> results.add(new CompletableFuture<>()));
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    results.get(i).complete(tasks.get(i).get());
                } catch (RuntimeException | Error e) {
                    results.get(i).completeExceptionally(e);
                }
            }
        };
        if (helpers != null && tasks.size() > 1 && !wroteAnything()) {
            String snapshot = jdbc.sql("select pg_export_snapshot()").query(String.class).single();
            for (int h = 0; h < helperCount; h++) {
                helpers.execute(() -> helpWith(snapshot, next, tasks.size(), work));
            }
        }
        work.run();
        List<T> out = new ArrayList<>();
        for (CompletableFuture<T> result : results) {
            out.add(join(result));
        }
        return out;
    }

    private void helpWith(String snapshot, AtomicInteger next, int size, Runnable work) {
        if (next.get() >= size || !SNAPSHOT_ID.matcher(snapshot).matches()) {
            return;
        }
        try {
            importer.executeWithoutResult(status -> {
                // The first statement of the transaction; fails once the caller's transaction has ended.
                jdbc.sql("set transaction snapshot '" + snapshot + "'").update();
                work.run();
            });
        } catch (RuntimeException lateOrFailed) {
            // The caller finished every task itself (its snapshot is gone) or the pool had no connection: no loss.
        }
    }

    private boolean wroteAnything() {
        return jdbc.sql("select pg_current_xact_id_if_assigned() is not null").query(Boolean.class).single();
    }

    private static <T> T join(CompletableFuture<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the scorecard was being computed", e);
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
