package com.applicationmanager.outbox;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.applicationmanager.role.Role;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves outbox rows to the broker. Rows come from the transactions that wrote them, the moment they commit
 * ({@link Outbox#enqueueAll}, already leased to this relay), and from a poll that leases whatever no relay holds.
 * Rounds are published back to back, up to {@code max-in-flight} messages awaiting confirms; each confirmed row is
 * deleted, each refused or unconfirmed one released for the next poll. No transaction or row lock is held while
 * the broker answers, and the lease keeps every other intake replica off the rows this one publishes.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final ManagedExecutor executor;
    private final boolean enabled;
    private final UUID owner = UUID.randomUUID();
    private final WaitingRows waiting = new WaitingRows();
    private final Semaphore inFlight;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean claimWanted = new AtomicBoolean();
    private final PendingIds confirmed;
    private final PendingIds released;
    private volatile boolean running = true;

    public OutboxRelay(OutboxStore store, OutboxPublisher publisher, OutboxConfig config, ManagedExecutor executor,
            @ConfigProperty(name = "app.role") Role role) {
        if (config.lease().compareTo(config.confirmTimeout()) <= 0 || config.maxInFlight() < config.batchSize()) {
            throw new IllegalStateException("app.outbox.lease must exceed app.outbox.confirm-timeout, and "
                    + "app.outbox.max-in-flight must be at least app.outbox.batch-size");
        }
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.executor = executor;
        this.enabled = role.servesApi();
        this.inFlight = new Semaphore(config.maxInFlight());
        this.confirmed = new PendingIds("delete", store::delete, executor);
        this.released = new PendingIds("release", ids -> store.release(ids, owner), executor);
    }

    /** Asks for a drain soon; calls made while one runs fold into it. */
    public void wake() {
        if (enabled && running && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(every = "${app.outbox.poll-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        confirmed.resume();
        released.resume();
        claimWanted.set(true);
        wake();
    }

    /** The lease owner for rows a transaction writes now, or null when this relay cannot take them at once. */
    UUID ownerForHandOff(int rows) {
        return enabled && running && waiting.size() + rows <= config.maxQueued() ? owner : null;
    }

    /** Rows leased to this relay whose transaction has just committed. */
    void handOff(List<LeasedMessage> rows) {
        if (!running) {
            released.add(ids(rows));
            return;
        }
        waiting.add(rows);
        wake();
    }

    private void drain() {
        try {
            while (running) {
                List<LeasedMessage> round = waiting.nextRound(config.batchSize());
                if (!round.isEmpty()) {
                    publish(round);
                } else if (claimWanted.getAndSet(false)) {
                    claim();
                } else {
                    break;
                }
            }
        } finally {
            draining.set(false);
        }
        if (!waiting.isEmpty() || claimWanted.get()) {
            wake(); // arrived after the last look
        }
    }

    private void claim() {
        try {
            List<LeasedMessage> claimed = store.claim(owner, config.lease(), config.batchSize());
            if (!running) {
                // claimed while stop() handed back what waited: hand these back too, or they sit out the lease
                released.add(ids(claimed));
                return;
            }
            waiting.add(claimed);
            if (claimed.size() == config.batchSize()) {
                claimWanted.set(true); // a full batch: more are waiting
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Outbox relay cannot read the outbox (%s); tries again at the next poll", e.getMessage());
        }
    }

    private void publish(List<LeasedMessage> taken) {
        inFlight.acquireUninterruptibly(taken.size());
        // rows that waited so long that their confirm could outlast the lease are not sent: another replica may
        // take them over then. Never sent, they are handed back at once rather than left to sit out the lease.
        List<LeasedMessage> round = WaitingRows.publishable(taken, config.confirmTimeout().toNanos());
        if (round.size() < taken.size()) {
            inFlight.release(taken.size() - round.size());
            released.add(ids(taken.stream().filter(row -> !round.contains(row)).toList()));
        }
        if (round.isEmpty()) {
            return;
        }
        publisher.publishConfirmed(round).whenComplete((settlement, failure) -> {
            inFlight.release(round.size());
            Settlement settled = settlement != null ? settlement : Settlement.after(round, failure);
            confirmed.add(settled.confirmed());
            released.add(settled.kept());
        });
    }

    /** Hands back what waits unsent, and lets what is in flight settle, so that another replica need not wait for the lease. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (!enabled) {
            return;
        }
        released.add(ids(waiting.takeAll()));
        if (inFlight.tryAcquire(config.maxInFlight(), config.confirmTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
            inFlight.release(config.maxInFlight());
        }
        confirmed.flush();
        released.flush();
    }

    private static List<Long> ids(List<LeasedMessage> rows) {
        return rows.stream().map(LeasedMessage::id).toList();
    }
}
