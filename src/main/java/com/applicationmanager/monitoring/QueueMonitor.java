package com.applicationmanager.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Polls the broker's management API (while it does not answer, AMQP passive declares) and the database and
 * keeps the latest {@link MonitoringSnapshot}; the gauges ({@link QueueGauges}), the admin API and the dashboard
 * read it, so none of them waits on the broker.
 */
@ApplicationScoped
public class QueueMonitor {

    private static final Logger LOG = Logger.getLogger(QueueMonitor.class);

    private final ManagementApi management;
    private final AmqpQueueCounts amqp;
    private final TimelineAges ages;
    private final OurQueues queues;
    private volatile MonitoringSnapshot latest = MonitoringSnapshot.empty();
    private volatile boolean warned;

    public QueueMonitor(ManagementApi management, AmqpQueueCounts amqp, TimelineAges ages, OurQueues queues) {
        this.management = management;
        this.amqp = amqp;
        this.ages = ages;
        this.queues = queues;
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
            return new MonitoringSnapshot(Instant.now(), true, null, MonitoringSnapshot.MANAGEMENT_API,
                    List.copyOf(snapshots), backlog, outboxAge);
        } catch (RuntimeException e) {
            if (!warned) {
                LOG.warnf("The management API does not answer (%s); queue figures come from AMQP alone (ready, "
                        + "consumers) until it does. Enable it with: rabbitmq-plugins enable rabbitmq_management",
                        e.getMessage());
                warned = true;
            }
            return fromAmqp(e.getMessage(), backlog, outboxAge);
        }
    }

    private MonitoringSnapshot fromAmqp(String managementError, Long backlog, Double outboxAge) {
        Map<String, OurQueues.Queue> byName = queues.all().stream()
                .collect(Collectors.toMap(OurQueues.Queue::name, Function.identity()));
        try {
            List<QueueSnapshot> snapshots = amqp.count(queues.all().stream().map(OurQueues.Queue::name).toList())
                    .stream().map(count -> snapshotOf(byName.get(count.name()), count)).toList();
            return new MonitoringSnapshot(Instant.now(), false, managementError, MonitoringSnapshot.AMQP, snapshots,
                    backlog, outboxAge);
        } catch (RuntimeException e) {
            LOG.debugf("AMQP queue counts unavailable: %s", e.getMessage());
            return new MonitoringSnapshot(Instant.now(), false, managementError + "; " + e.getMessage(), null,
                    List.of(), backlog, outboxAge);
        }
    }

    private QueueSnapshot snapshotOf(OurQueues.Queue queue, AmqpQueueCounts.Count count) {
        Optional<Double> fromTimeline = count.ready() > 0 ? timelineAge(queue) : Optional.of(0.0);
        return new QueueSnapshot(queue.name(), queue.kind().tag(), null, count.ready(), null, count.consumers(),
                null, null, fromTimeline.orElse(null),
                count.ready() > 0 && fromTimeline.isPresent() ? "timeline" : null);
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
}
