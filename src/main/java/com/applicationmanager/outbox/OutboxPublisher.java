package com.applicationmanager.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.Confirmed;
import com.applicationmanager.messaging.OutgoingMessages;
import com.applicationmanager.messaging.TopologyConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Publishes rounds of outbox rows without waiting: the answer is a stage that completes once every message of the
 * round is confirmed, refused or given up, each on its own. The circuit breaker counts a round in which the broker
 * confirmed nothing and left something unanswered, so that an outage costs one fast refusal per poll instead of a
 * confirm timeout per round; a refusal is an answer, so one refused message never opens it for its neighbours.
 */
@ApplicationScoped
class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final Emitter<byte[]> emitter;
    private final TopologyConfig topology;
    private final OutboxConfig config;
    private final TraceContextCarrier traceContext;
    private final Map<Outcome, Counter> published = new EnumMap<>(Outcome.class);

    OutboxPublisher(@Channel(Channels.APPLICATIONS_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<byte[]> emitter,
            TopologyConfig topology, OutboxConfig config, TraceContextCarrier traceContext, MeterRegistry meters) {
        this.emitter = emitter;
        this.topology = topology;
        this.config = config;
        this.traceContext = traceContext;
        for (Outcome outcome : Outcome.values()) {
            published.put(outcome, Counter.builder("applications.outbox.published").tag("outcome", outcome.tag)
                    .description("Outbox messages by what the broker answered").register(meters));
        }
    }

    /**
     * Completes with the round's settlement, or fails with {@link BrokerUnresponsive} carrying it. The name is the
     * circuit breaker's metric label ({@code ft_circuitbreaker_*{method=...}}), which alerts and docs use.
     */
    @AsynchronousNonBlocking
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    public CompletionStage<Settlement> publishConfirmed(List<LeasedMessage> round) {
        List<CompletableFuture<Outcome>> outcomes = round.stream().map(this::publish).toList();
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).thenApply(all -> {
            List<Long> confirmed = new ArrayList<>();
            List<Long> refused = new ArrayList<>();
            List<Long> unconfirmed = new ArrayList<>();
            for (int i = 0; i < round.size(); i++) {
                long id = round.get(i).id();
                switch (outcomes.get(i).join()) {
                    case CONFIRMED -> confirmed.add(id);
                    case REFUSED -> refused.add(id);
                    case UNCONFIRMED -> unconfirmed.add(id);
                }
            }
            Settlement settlement = new Settlement(confirmed, refused, unconfirmed);
            published.get(Outcome.CONFIRMED).increment(confirmed.size());
            published.get(Outcome.REFUSED).increment(refused.size());
            published.get(Outcome.UNCONFIRMED).increment(unconfirmed.size());
            if (!refused.isEmpty()) {
                LOG.warnf("The broker refused %d of %d messages; their rows stay in the outbox for the next poll",
                        refused.size(), round.size());
            }
            if (!unconfirmed.isEmpty()) {
                LOG.warnf("%d of %d messages unconfirmed after %s; their rows stay in the outbox for the next poll",
                        unconfirmed.size(), round.size(), config.confirmTimeout());
            }
            if (settlement.brokerUnresponsive()) {
                throw new BrokerUnresponsive(settlement);
            }
            return settlement;
        });
    }

    private CompletableFuture<Outcome> publish(LeasedMessage row) {
        PendingMessage message = row.message();
        OutgoingRabbitMQMetadata metadata = OutgoingMessages
                .persistentJson(message.routingKey(), message.applicationId().toString())
                .withExpiration(String.valueOf(topology.messageTtl().toMillis()))
                .build();
        try (Scope submittersTrace = traceContext.restore(message.traceHeaders()).makeCurrent()) {
            return Confirmed.send(emitter, message.payload().getBytes(StandardCharsets.UTF_8), metadata)
                    .orTimeout(config.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .handle((confirmed, failure) -> failure == null ? Outcome.CONFIRMED
                            : failure instanceof TimeoutException ? Outcome.UNCONFIRMED : Outcome.REFUSED);
        } catch (RuntimeException notSent) {
            // the emitter's buffer is full or the channel has failed
            return CompletableFuture.completedFuture(Outcome.UNCONFIRMED);
        }
    }

    private enum Outcome {
        CONFIRMED("confirmed"), REFUSED("refused"), UNCONFIRMED("unconfirmed");

        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }

    /** A round the broker left unanswered; counted by the circuit breaker, and still settled by the relay. */
    static final class BrokerUnresponsive extends RuntimeException {

        final transient Settlement settlement;

        BrokerUnresponsive(Settlement settlement) {
            super("no message of the round confirmed in time", null, false, false);
            this.settlement = settlement;
        }
    }
}
