package com.applicationmanager.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Polls the broker's management API and the database, keeps the latest {@link MonitoringSnapshot} and exposes it
 * as gauges. Scrapes and the dashboard read the snapshot, so neither waits on the broker.
 */
@ApplicationScoped
public class QueueMonitor {

    private static final Logger LOG = Logger.getLogger(QueueMonitor.class);

    private final ManagementApi management;
    private final TimelineAges ages;
    private final OurQueues queues;
    private volatile MonitoringSnapshot latest = MonitoringSnapshot.empty();
    private volatile boolean warned;

    public QueueMonitor(ManagementApi management, TimelineAges ages, OurQueues queues, MeterRegistry meters) {
        this.management = management;
        this.ages = ages;
        this.queues = queues;
        for (OurQueues.Queue queue : queues.all()) {
            gauge(meters, "applications.queue.depth", queue, "state", "ready", QueueSnapshot::ready, null);
            gauge(meters, "applications.queue.depth", queue, "state", "unacked", QueueSnapshot::unacked, null);
            gauge(meters, "applications.queue.consumers", queue, null, null, QueueSnapshot::consumers, null);
            gauge(meters, "applications.queue.oldest.age", queue, null, null,
                    q -> q.oldestAgeSeconds() == null ? Double.NaN : q.oldestAgeSeconds(), "seconds");
        }
        Gauge.builder("applications.broker.statistics.up", this, m -> m.latest.managementUp() ? 1 : 0)
                .description("1 when the last poll of the RabbitMQ management API succeeded").register(meters);
        Gauge.builder("applications.outbox.backlog", this, m -> orNaN(m.latest.outboxBacklog()))
                .description("Outbox rows not yet confirmed by the broker").register(meters);
        Gauge.builder("applications.outbox.oldest.age", this, m -> m.latest.outboxOldestAgeSeconds() == null ? 0
                : m.latest.outboxOldestAgeSeconds()).baseUnit("seconds")
                .description("Age of the oldest outbox row; 0 when the outbox is empty").register(meters);
    }

    public MonitoringSnapshot latest() {
        return latest;
    }

    @Scheduled(every = "${app.monitoring.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        latest = read();
    }

    /** Reads everything now; used by the scheduler and by admin actions that must show their effect at once. */
    public MonitoringSnapshot refresh() {
        latest = read();
        return latest;
    }

    private MonitoringSnapshot read() {
        TimelineAges.Outbox outbox = null;
        try {
            outbox = ages.outbox();
        } catch (RuntimeException e) {
            LOG.debugf("Outbox statistics unavailable: %s", e.getMessage());
        }
        Long backlog = outbox == null ? null : outbox.backlog();
        Double outboxAge = outbox == null ? null : outbox.oldestAgeSeconds();
        try {
            Map<String, QueueStats> stats = management.queues(queues.prefix()).stream()
                    .collect(Collectors.toMap(QueueStats::name, Function.identity(), (a, b) -> a));
            List<QueueSnapshot> snapshots = new ArrayList<>();
            for (OurQueues.Queue queue : queues.all()) {
                QueueStats s = stats.get(queue.name());
                if (s != null) {
                    snapshots.add(snapshotOf(queue, s));
                }
            }
            warned = false;
            return new MonitoringSnapshot(Instant.now(), true, null, List.copyOf(snapshots), backlog, outboxAge);
        } catch (RuntimeException e) {
            if (!warned) {
                LOG.warnf("Queue statistics unavailable (%s); queue gauges read NaN until the management API answers. "
                        + "Enable it with: rabbitmq-plugins enable rabbitmq_management", e.getMessage());
                warned = true;
            }
            return new MonitoringSnapshot(Instant.now(), false, e.getMessage(), List.of(), backlog, outboxAge);
        }
    }

    private QueueSnapshot snapshotOf(OurQueues.Queue queue, QueueStats s) {
        Double age = null;
        String source = null;
        if (s.headMessageTimestamp() != null) {
            age = (double) Math.max(0, Instant.now().getEpochSecond() - s.headMessageTimestamp());
            source = "broker";
        } else if (s.ready() + s.unacked() > 0) {
            Optional<Double> fromTimeline = timelineAge(queue);
            age = fromTimeline.orElse(null);
            source = fromTimeline.isPresent() ? "timeline" : null;
        } else {
            age = 0.0;
        }
        return new QueueSnapshot(queue.name(), queue.kind().tag(), s.type(), s.ready(), s.unacked(), s.consumers(),
                s.publishRate(), s.deliverRate(), age, source);
    }

    private Optional<Double> timelineAge(OurQueues.Queue queue) {
        try {
            return switch (queue.kind()) {
                case WORK -> ages.oldestInWorkQueue(queue.name());
                case DEAD_LETTER -> ages.oldestInDeadLetterQueue(queue.name());
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            LOG.debugf("Timeline age of %s unavailable: %s", queue.name(), e.getMessage());
            return Optional.empty();
        }
    }

    private void gauge(MeterRegistry meters, String name, OurQueues.Queue queue, String tagKey, String tagValue,
            ToDoubleFunction<QueueSnapshot> value, String unit) {
        Gauge.Builder<QueueMonitor> builder = Gauge.builder(name, this, m -> m.valueOf(queue.name(), value))
                .tag("queue", queue.name()).tag("kind", queue.kind().tag());
        if (tagKey != null) {
            builder.tag(tagKey, tagValue);
        }
        if (unit != null) {
            builder.baseUnit(unit);
        }
        builder.register(meters);
    }

    private double valueOf(String queue, ToDoubleFunction<QueueSnapshot> value) {
        return latest.queues().stream().filter(q -> q.name().equals(queue)).findFirst()
                .map(value::applyAsDouble).orElse(Double.NaN);
    }

    private static double orNaN(Long value) {
        return value == null ? Double.NaN : value;
    }
}
