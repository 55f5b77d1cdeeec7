package com.applicationmanager.worker;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * Gathers items handed over one at a time into batches: a batch starts when {@code size} items wait, or when the
 * oldest has waited {@code linger}, and at most {@code slots} batches run at once, each on a thread of its own.
 * Hand-written rather than a reactive {@code group().intoLists()} stage: such a stage sits in the connector's
 * stream, where any failure ends that stream for good; here the connector keeps its own per-message consumer,
 * which it resubscribes after a reconnection, and a failed batch concerns that batch alone.
 */
final class Batcher<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Batcher.class);

    private record Waiting<T>(T item, long since) {
    }

    private final int size;
    private final long lingerNanos;
    private final int slots;
    private final Consumer<List<T>> handler;
    private final ExecutorService threads;
    private final ScheduledExecutorService timer;
    private final Deque<Waiting<T>> pending = new ArrayDeque<>();
    private int running;
    private ScheduledFuture<?> lingering;

    Batcher(String name, int size, Duration linger, int slots, Consumer<List<T>> handler) {
        this.size = size;
        this.lingerNanos = linger.toNanos();
        this.slots = slots;
        this.handler = handler;
        // threads of its own: a batch holds its thread for the whole claim, run and commit, and exactly
        // `slots` of them may run; on a shared pool they would queue behind other work
        this.threads = Executors.newFixedThreadPool(slots, r -> new Thread(r, name));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name + "-linger");
            thread.setDaemon(true);
            return thread;
        });
    }

    synchronized void add(T item) {
        pending.add(new Waiting<>(item, System.nanoTime()));
        dispatch();
    }

    /** Starts every batch that is due and has a slot; otherwise waits for the linger of the oldest item. */
    private void dispatch() {
        while (running < slots && !pending.isEmpty()) {
            long waited = System.nanoTime() - pending.peekFirst().since();
            if (pending.size() < size && waited < lingerNanos) {
                if (lingering == null) {
                    lingering = timer.schedule(this::lingerOver, lingerNanos - waited, TimeUnit.NANOSECONDS);
                }
                return;
            }
            List<T> batch = new ArrayList<>(Math.min(size, pending.size()));
            while (batch.size() < size && !pending.isEmpty()) {
                batch.add(pending.pollFirst().item());
            }
            running++;
            threads.execute(() -> run(batch));
        }
    }

    private synchronized void lingerOver() {
        lingering = null;
        dispatch();
    }

    private void run(List<T> batch) {
        try {
            handler.accept(batch);
        } catch (RuntimeException | Error e) {
            // the handler settles every item itself; what escapes it is a defect, and the next batches still run
            LOG.errorf(e, "A batch of %d escaped its handler", batch.size());
        } finally {
            synchronized (this) {
                running--;
                dispatch();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        threads.shutdownNow();
    }
}
