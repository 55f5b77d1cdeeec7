package com.applicationmanager.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.MessageCodec;

/**
 * The write side of the outbox: joins the caller's transaction, so the message exists exactly when its data does.
 * Rows are written leased to this process's relay, which gets them the moment the transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private final MessageCodec codec;
    private final TraceContextCarrier traceContext;
    private final OutboxStore store;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(MessageCodec codec, TraceContextCarrier traceContext, OutboxStore store, OutboxRelay relay,
            OutboxConfig config, TransactionSynchronizationRegistry transactions) {
        this.codec = codec;
        this.traceContext = traceContext;
        this.store = store;
        this.relay = relay;
        this.config = config;
        this.transactions = transactions;
    }

    /**
     * Encodes the message and captures the current trace context. Call it on the thread that serves the request:
     * the trace context is that thread's, and gone on any other.
     */
    public PendingMessage prepare(ApplicationMessage message) {
        return new PendingMessage(message.applicationId(), message.routingKey(),
                new String(codec.encode(message), StandardCharsets.UTF_8), traceContext.capture());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(ApplicationMessage message) {
        enqueueAll(List.of(prepare(message)));
    }

    /** Writes all the messages with one statement in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(List<PendingMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        UUID leaseOwner = relay.ownerForHandOff(messages.size());
        long leaseEnds = System.nanoTime() + config.lease().toNanos();
        List<Long> ids = store.insert(messages, leaseOwner, config.lease());
        rowsOfThisTransaction().add(messages, ids, leaseEnds, leaseOwner != null);
    }

    /**
     * Deletes the message this transaction enqueued for the application, before anyone could publish it (the
     * synchronous baseline processes it itself).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ApplicationMessage> takeBack(UUID applicationId) {
        List<Long> ids = rowsOfThisTransaction().remove(applicationId);
        return ids.isEmpty() ? Optional.empty() : store.withdraw(ids).stream().findFirst().map(codec::decode);
    }

    private CommittedRows rowsOfThisTransaction() {
        CommittedRows rows = (CommittedRows) transactions.getResource(CommittedRows.class);
        if (rows == null) {
            rows = new CommittedRows(relay);
            transactions.putResource(CommittedRows.class, rows);
            transactions.registerInterposedSynchronization(rows);
        }
        return rows;
    }
}
