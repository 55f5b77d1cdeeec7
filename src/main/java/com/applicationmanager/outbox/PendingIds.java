package com.applicationmanager.outbox;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

/**
 * Row ids waiting for one statement (delete the confirmed, release the refused). The first id starts a write on
 * the executor; ids that arrive while it runs go into the next, so under load one statement covers many rounds.
 * A failed write keeps its ids for the next {@link #resume()}; it does not spin while the database is away.
 */
final class PendingIds {

    /** Most ids in one statement. */
    static final int MAX_PER_WRITE = 5000;

    private static final Logger LOG = Logger.getLogger(PendingIds.class);

    interface Write {
        void apply(List<Long> ids) throws SQLException;
    }

    private final String what;
    private final Write write;
    private final Executor executor;
    private final Queue<Long> ids = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    PendingIds(String what, Write write, Executor executor) {
        this.what = what;
        this.write = write;
        this.executor = executor;
    }

    void add(Collection<Long> more) {
        if (!more.isEmpty()) {
            ids.addAll(more);
            resume();
        }
    }

    /** Starts a write if ids wait and none runs. */
    void resume() {
        if (!ids.isEmpty() && scheduled.compareAndSet(false, true)) {
            executor.execute(() -> {
                boolean written = flush();
                scheduled.set(false);
                if (written) {
                    resume();
                }
            });
        }
    }

    /** Writes what waits now, on the calling thread; false if the database refused. */
    synchronized boolean flush() {
        List<Long> batch = new ArrayList<>();
        while (!ids.isEmpty()) {
            batch.clear();
            Long id;
            while (batch.size() < MAX_PER_WRITE && (id = ids.poll()) != null) {
                batch.add(id);
            }
            try {
                write.apply(batch);
            } catch (SQLException | RuntimeException e) {
                ids.addAll(batch);
                LOG.warnf("Outbox relay could not %s %d rows (%s); tries again at the next poll", what, batch.size(),
                        e.getMessage());
                return false;
            }
        }
        return true;
    }
}
