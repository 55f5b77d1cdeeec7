package com.applicationmanager.worker;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.messaging.Tier;
import com.applicationmanager.messaging.TopologyConfig;
import com.applicationmanager.messaging.UnreadableMessageException;
import com.applicationmanager.monitoring.ApplicationLogContext;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.worker.ApplicationProcessor.Result;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Merge;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Takes applications off the work queues in batches: deliveries are gathered by size or a few milliseconds
 * ({@code app.worker.batch-size}, {@code batch-linger}), and several batches run at once. A message is
 * acknowledged only after its outcome is safe: the batch's commit for a success, the broker's confirm for a
 * retry or a dead letter; a message whose outcome could not be made safe is returned to its queue, where the
 * broker's delivery limit bounds how often that can happen. Nothing here ends the stream: every failure ends as
 * that message's retry, dead letter or return, and consumption goes on.
 */
@ApplicationScoped
public class ApplicationConsumer {

    private static final Logger LOG = Logger.getLogger(ApplicationConsumer.class);

    /** The worker's span for one delivery; the trace it belongs to starts at the submitting HTTP request. */
    public static final String PROCESSING_SPAN = "process application";
    static final AttributeKey<String> APPLICATION_ID = AttributeKey.stringKey("application.id");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("application.attempt");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("application.outcome");

    private final MessageCodec codec;
    private final ApplicationProcessor processor;
    private final FailureRouting routing;
    private final ProcessingLedger ledger;
    private final WorkerConfig config;
    private final TopologyConfig topology;
    private final MeterRegistry meters;
    private final Tracer tracer;
    private final ChannelRegistry channels;
    private final InFlight inFlight = new InFlight();
    private final Batcher<Message<?>> batcher;

    public ApplicationConsumer(MessageCodec codec, ApplicationProcessor processor, FailureRouting routing,
            ProcessingLedger ledger, WorkerConfig config, TopologyConfig topology, MeterRegistry meters, Tracer tracer,
            ChannelRegistry channels) {
        this.tracer = tracer;
        this.codec = codec;
        this.processor = processor;
        this.routing = routing;
        this.ledger = ledger;
        this.config = config;
        this.topology = topology;
        this.meters = meters;
        this.channels = channels;
        this.batcher = new Batcher<>("application-batches", config.effectiveBatchSize(), config.batchLinger(),
                config.batchesInFlight(), this::handleSafely);
    }

    /**
     * The connector's own per-message consumer, so that its reconnection and resubscription keep working: each
     * delivery is handed to the batcher at once, and acknowledged later, when its batch has made it safe. The
     * broker's prefetch ({@code max-outstanding-messages}) bounds how many wait unacknowledged.
     */
    @Incoming(Channels.APPLICATIONS_BUFFERED)
    @Merge
    public CompletionStage<Void> consume(Message<?> message) {
        // once draining, a delivery still pushed (an operator's resume, the connector's buffer) is not started:
        // left unacknowledged, it returns once when the connection closes, and never bounces
        if (inFlight.enter()) {
            batcher.add(message);
        }
        return CompletableFuture.completedFuture(null);
    }

    @PreDestroy
    void stop() {
        batcher.close();
    }

    /**
     * On SIGTERM: first stop the consumers, so the broker pushes nothing more, then let every delivery already
     * taken finish within the grace period. Nothing is handed back while draining (each return would count
     * against the delivery limit, and the broker would push it straight back); a delivery not taken, or still
     * open at the end, was never acknowledged and returns once, when the connection closes.
     */
    void drainOnShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        for (String name : Channels.WORK_CHANNELS) {
            PausableChannel channel = channels.getPausable(name);
            if (channel != null) {
                channel.pause();
            }
        }
        int unfinished = inFlight.drain(config.shutdownGrace());
        if (unfinished > 0) {
            LOG.warnf("%d application(s) still open after %s; the broker will redeliver them", unfinished,
                    config.shutdownGrace());
        }
    }

    private void handleSafely(List<Message<?>> batch) {
        try {
            handle(batch);
        } catch (RuntimeException e) {
            // a defect of our own: return the whole batch rather than stop consuming
            LOG.errorf(e, "A batch of %d failed unexpectedly; returning it to the queue", batch.size());
            batch.forEach(message -> settle(message, CompletableFuture.failedFuture(e)));
        }
    }

    /** One delivery of the batch on its way through. */
    private static final class Delivery {
        final Message<?> message;
        final Map<String, Object> headers;
        final Span span;
        ApplicationMessage application;

        Delivery(Message<?> message, Map<String, Object> headers, Span span) {
            this.message = message;
            this.headers = headers;
            this.span = span;
        }
    }

    private void handle(List<Message<?>> batch) {
        List<Delivery> readable = new ArrayList<>();
        for (Message<?> message : batch) {
            Map<String, Object> headers = message.getMetadata(IncomingRabbitMQMetadata.class)
                    .map(IncomingRabbitMQMetadata::getHeaders).orElse(Map.of());
            // a child of the connector's receive span, whose parent came in the message's traceparent header
            Context received = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext)
                    .orElse(Context.current());
            Delivery delivery = new Delivery(message, headers,
                    tracer.spanBuilder(PROCESSING_SPAN).setParent(received).setSpanKind(SpanKind.INTERNAL).startSpan());
            try {
                delivery.application = codec.decode(message.getPayload());
                delivery.span.setAttribute(APPLICATION_ID, delivery.application.applicationId().toString());
                delivery.span.setAttribute(ATTEMPT, (long) delivery.application.attempt());
                readable.add(delivery);
            } catch (UnreadableMessageException e) {
                LOG.warnf("Unreadable message sent to the dead-letter queue: %s", e.getMessage());
                delivery.span.setStatus(StatusCode.ERROR, "unreadable message");
                count("unknown", "dead-lettered");
                finish(delivery, routing.deadLetter(MessageCodec.bytesOf(message.getPayload()), "unknown",
                        Tier.lowest(), "unreadable", 0, e, headers));
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        Set<UUID> quiet = new HashSet<>();
        readable.stream().filter(d -> FailureRouting.outageRetries(d.headers) > 0)
                .forEach(d -> quiet.add(d.application.applicationId()));
        ApplicationProcessor.Batch outcome;
        // the batch's step spans join the first delivery's trace (a batch of one: its own)
        try (Scope scope = readable.get(0).span.makeCurrent()) {
            outcome = processor.process(readable.stream().map(d -> d.application).toList(), quiet);
        }
        Set<UUID> failed = new HashSet<>();
        Set<UUID> waiting = new HashSet<>();
        List<Runnable> settles = new ArrayList<>();
        for (int i = 0; i < readable.size(); i++) {
            Delivery delivery = readable.get(i);
            Result result = outcome.results().get(i);
            delivery.span.setAttribute(OUTCOME, result.outcome().name());
            CompletableFuture<Void> safe;
            try (var log = ApplicationLogContext.about(delivery.application)) {
                safe = settlementOf(delivery, result, failed, waiting);
            }
            settles.add(() -> finish(delivery, safe));
        }
        // the claims go before the acks: a retry delivered early must find its application free
        processor.release(failed, waiting, outcome.holder());
        settles.forEach(Runnable::run);
    }

    /** What makes this delivery's outcome safe before its ack: nothing more, a retry or a dead letter. */
    private CompletableFuture<Void> settlementOf(Delivery delivery, Result result, Set<UUID> failed, Set<UUID> waiting) {
        return switch (result.outcome()) {
            case COMPLETED, ALREADY_DONE, WITHDRAWN -> {
                count(delivery.application.type(), switch (result.outcome()) {
                    case COMPLETED -> "completed";
                    case WITHDRAWN -> "withdrawn";
                    default -> "duplicate";
                });
                yield CompletableFuture.completedFuture(null);
            }
            case HELD_ELSEWHERE -> waitFor(delivery, null, new IllegalStateException(
                    "another delivery of this application holds it"), false);
            case UNSENT -> waitFor(delivery, null, new IllegalStateException(
                    "completed, but its completion message was not confirmed; the next delivery sends it"), false);
            case FAILED -> {
                delivery.span.recordException(result.cause());
                boolean outage = isOutage(result);
                (outage ? waiting : failed).add(delivery.application.applicationId());
                yield handleFailure(delivery, result, outage);
            }
        };
    }

    /** The database or a dependency behind a circuit breaker is down: nothing was wrong with the application. */
    private static boolean isOutage(Result result) {
        if (result.cause() instanceof PermanentFailure) {
            return false;
        }
        if (result.step() == null) {
            return true; // the worker's own reads and writes: the database
        }
        for (Throwable cause = result.cause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CircuitBreakerOpenException || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private CompletableFuture<Void> handleFailure(Delivery delivery, Result result, boolean outage) {
        ApplicationMessage application = delivery.application;
        if (result.cause() instanceof PermanentFailure) {
            return deadLetter(delivery, "permanent-failure", result.cause());
        }
        if (outage) {
            // wait it out without spending an attempt, longer each time, and say so on the timeline once
            return waitFor(delivery, result.step(), result.cause(), FailureRouting.outageRetries(delivery.headers) == 0);
        }
        if (application.attempt() >= config.maxAttempts()) {
            return deadLetter(delivery, "attempts-exhausted", result.cause());
        }
        Duration delay = topology.retryDelay(application.attempt());
        ApplicationMessage next = application.nextAttempt();
        CompletableFuture<Void> sent = routing.retryLater(next, delay, result.cause(), delivery.headers, 0);
        LOG.infof("Application %s: attempt %d failed in %s (%s: %s); attempt %d in %s", application.applicationId(),
                application.attempt(), result.step() == null ? "the worker" : "step " + result.step(),
                result.cause().getClass().getSimpleName(), result.cause().getMessage(), next.attempt(), delay);
        recordRetry(application, result.step(), result.cause(), "next attempt in " + delay.toSeconds() + "s");
        count(application.type(), "retried");
        return sent;
    }

    /** The same attempt again after a growing delay: for an outage, or a claim held by another delivery. */
    private CompletableFuture<Void> waitFor(Delivery delivery, String step, Throwable cause, boolean record) {
        ApplicationMessage application = delivery.application;
        int waited = FailureRouting.outageRetries(delivery.headers);
        Duration delay = topology.retryDelay(waited + 1);
        CompletableFuture<Void> sent = routing.retryLater(application, delay, cause, delivery.headers, waited + 1);
        if (record) {
            LOG.infof("Application %s waits for an outage (%s: %s); tries again in %s without spending an attempt",
                    application.applicationId(), cause.getClass().getSimpleName(), cause.getMessage(), delay);
            recordRetry(application, step, cause, "waiting for an outage to end; no attempt spent");
        }
        count(application.type(), "retried");
        return sent;
    }

    private void recordRetry(ApplicationMessage application, String step, Throwable cause, String next) {
        try {
            ledger.retrying(application.applicationId(), step, application.attempt(), cause, next);
        } catch (RuntimeException e) {
            // the retry message is on its way to the broker; the timeline entry is only a report
            LOG.debugf("Could not record the retry of %s: %s", application.applicationId(), e.getMessage());
        }
    }

    private CompletableFuture<Void> deadLetter(Delivery delivery, String reason, Throwable cause) {
        ApplicationMessage application = delivery.application;
        LOG.warnf("Application %s sent to the dead-letter queue (%s): %s", application.applicationId(), reason,
                cause.getMessage());
        count(application.type(), "dead-lettered");
        return routing.deadLetter(codec.encode(application), application.applicationId().toString(),
                Tier.of(application.tier()), reason, application.attempt(), cause, delivery.headers);
    }

    private void finish(Delivery delivery, CompletableFuture<Void> safe) {
        settle(delivery.message, safe);
        delivery.span.end();
    }

    /** Acks once the outcome is safe; returns the message to its queue when it could not be made safe. */
    private void settle(Message<?> message, CompletableFuture<Void> safe) {
        safe.handle((done, failure) -> {
            CompletableFuture<Void> settled;
            try {
                if (failure == null) {
                    settled = message.ack().toCompletableFuture();
                } else {
                    LOG.warnf("Returning a message to its queue: its outcome could not be made safe (%s)", failure.toString());
                    settled = message.nack(failure).toCompletableFuture();
                }
            } catch (RuntimeException e) {
                settled = CompletableFuture.failedFuture(e);
            }
            settled.whenComplete((ignored, error) -> inFlight.exit());
            return null;
        });
    }

    private void count(String type, String outcome) {
        meters.counter("applications.processed", "type", type, "outcome", outcome).increment();
    }

}
