package com.applicationmanager.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.MessageCodec;

/** The write side of the outbox: joins the caller's transaction, so the message exists exactly when its data does. */
@ApplicationScoped
public class Outbox {

    private final MessageCodec codec;
    private final TraceContextCarrier traceContext;

    public Outbox(MessageCodec codec, TraceContextCarrier traceContext) {
        this.codec = codec;
        this.traceContext = traceContext;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(ApplicationMessage message) {
        OutboxEntry entry = new OutboxEntry();
        entry.applicationId = message.applicationId();
        entry.routingKey = message.routingKey();
        entry.payload = new String(codec.encode(message), StandardCharsets.UTF_8);
        entry.createdAt = Instant.now();
        entry.traceHeaders = traceContext.capture();
        entry.persist();
    }
}
