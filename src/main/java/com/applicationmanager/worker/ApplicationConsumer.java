package com.applicationmanager.worker;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

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
import com.applicationmanager.pipeline.PermanentFailure;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.annotations.Merge;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Takes applications off the work queue. The message is acknowledged only after the outcome is safe: the
 * database commit for a success, the broker's confirm for a retry or a dead letter. If anything here fails,
 * the message is returned to the queue and the broker's delivery limit bounds how often that can happen.
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
    private final InFlight inFlight = new InFlight();

    public ApplicationConsumer(MessageCodec codec, ApplicationProcessor processor, FailureRouting routing,
            ProcessingLedger ledger, WorkerConfig config, TopologyConfig topology, MeterRegistry meters, Tracer tracer) {
        this.tracer = tracer;
        this.codec = codec;
        this.processor = processor;
        this.routing = routing;
        this.ledger = ledger;
        this.config = config;
        this.topology = topology;
        this.meters = meters;
    }

    @Incoming(Channels.APPLICATIONS_BUFFERED)
    @Merge
    @Blocking(value = "application-workers", ordered = false)
    public CompletionStage<Void> consume(Message<?> message) {
        if (!inFlight.enter()) {
            // shutting down: hand it back at once so another worker takes it
            return message.nack(new IllegalStateException("worker shutting down"));
        }
        // a child of the connector's receive span, whose parent came in the message's traceparent header
        Context received = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext)
                .orElse(Context.current());
        Span span = tracer.spanBuilder(PROCESSING_SPAN).setParent(received).setSpanKind(SpanKind.INTERNAL).startSpan();
        try (Scope scope = span.makeCurrent()) {
            return handle(message, span);
        } finally {
            span.end();
            inFlight.exit();
        }
    }

    /**
     * On SIGTERM: stop starting deliveries and let the running ones finish within the grace period. Whatever
     * is still unfinished then was never acknowledged, so the broker redelivers it to another worker.
     */
    void drainOnShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        int unfinished = inFlight.drain(config.shutdownGrace());
        if (unfinished > 0) {
            LOG.warnf("%d application(s) still running after %s; the broker will redeliver them", unfinished,
                    config.shutdownGrace());
        }
    }

    private CompletionStage<Void> handle(Message<?> message, Span span) {
        Map<String, Object> headers = message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(IncomingRabbitMQMetadata::getHeaders).orElse(Map.of());
        ApplicationMessage application;
        try {
            application = codec.decode(message.getPayload());
        } catch (UnreadableMessageException e) {
            LOG.warnf("Unreadable message sent to the dead-letter queue: %s", e.getMessage());
            routing.deadLetter(MessageCodec.bytesOf(message.getPayload()), "unknown", Tier.lowest(), "unreadable", 0, e,
                    headers);
            count("unknown", "dead-lettered");
            span.setStatus(StatusCode.ERROR, "unreadable message");
            return message.ack();
        }
        span.setAttribute(APPLICATION_ID, application.applicationId().toString());
        span.setAttribute(ATTEMPT, (long) application.attempt());
        try {
            ApplicationProcessor.Outcome outcome = processor.process(application);
            span.setAttribute(OUTCOME, outcome.name());
            count(application.type(), switch (outcome) {
                case COMPLETED -> "completed";
                case WITHDRAWN -> "withdrawn";
                case ALREADY_DONE -> "duplicate";
            });
        } catch (StepFailed failure) {
            span.recordException(failure.getCause());
            handleFailure(application, failure.step(), failure.getCause(), headers);
        } catch (RuntimeException failure) {
            span.recordException(failure);
            handleFailure(application, null, failure, headers);
        }
        return message.ack();
    }

    private void handleFailure(ApplicationMessage application, String step, Throwable cause, Map<String, Object> headers) {
        if (cause instanceof PermanentFailure) {
            deadLetter(application, "permanent-failure", cause, headers);
        } else if (cause instanceof CircuitBreakerOpenException) {
            // a dependency is down: wait it out without spending one of the application's attempts
            retry(application, application, step, cause, headers);
        } else if (application.attempt() >= config.maxAttempts()) {
            deadLetter(application, "attempts-exhausted", cause, headers);
        } else {
            retry(application, application.nextAttempt(), step, cause, headers);
        }
    }

    private void retry(ApplicationMessage current, ApplicationMessage next, String step, Throwable cause,
            Map<String, Object> headers) {
        Duration delay = topology.retryDelay(current.attempt());
        routing.retryLater(next, delay, cause, headers);
        LOG.infof("Application %s: attempt %d failed in %s (%s: %s); attempt %d in %s", current.applicationId(),
                current.attempt(), step == null ? "the worker" : "step " + step, cause.getClass().getSimpleName(),
                cause.getMessage(), next.attempt(), delay);
        try {
            ledger.retrying(current.applicationId(), step, current.attempt(), cause,
                    "next attempt in " + delay.toSeconds() + "s");
        } catch (RuntimeException e) {
            // the retry message is already safe in the broker; the timeline entry is only a report
            LOG.debugf("Could not record the retry of %s: %s", current.applicationId(), e.getMessage());
        }
        count(current.type(), "retried");
    }

    private void deadLetter(ApplicationMessage application, String reason, Throwable cause, Map<String, Object> headers) {
        routing.deadLetter(codec.encode(application), application.applicationId().toString(),
                Tier.of(application.tier()), reason, application.attempt(), cause, headers);
        LOG.warnf("Application %s sent to the dead-letter queue (%s): %s", application.applicationId(), reason,
                cause.getMessage());
        count(application.type(), "dead-lettered");
    }

    private void count(String type, String outcome) {
        meters.counter("applications.processed", "type", type, "outcome", outcome).increment();
    }
}
