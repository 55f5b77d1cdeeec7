package com.applicationmanager.monitoring;

import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/** The monitor's latest snapshot as gauges, one meter name per quantity with queue and kind tags; NaN when unknown. */
@Startup
@ApplicationScoped
public class QueueGauges {

    private final QueueMonitor monitor;

    public QueueGauges(QueueMonitor monitor, OurQueues queues, MeterRegistry meters) {
        this.monitor = monitor;
        for (OurQueues.Queue queue : queues.all()) {
            gauge(meters, "applications.queue.depth", queue, "ready", QueueSnapshot::ready, null);
            gauge(meters, "applications.queue.depth", queue, "unacked",
                    q -> q.unacked() == null ? Double.NaN : q.unacked(), null);
            gauge(meters, "applications.queue.consumers", queue, null, QueueSnapshot::consumers, null);
            gauge(meters, "applications.queue.oldest.age", queue, null,
                    q -> q.oldestAgeSeconds() == null ? Double.NaN : q.oldestAgeSeconds(), "seconds");
        }
        Gauge.builder("applications.broker.statistics.up", this, g -> g.monitor.latest().managementUp() ? 1 : 0)
                .description("1 when the last poll of the RabbitMQ management API succeeded; while 0, ready and consumers "
                        + "come from AMQP and unacked reads NaN").register(meters);
        Gauge.builder("applications.outbox.backlog", this, g -> orNaN(g.monitor.latest().outboxBacklog()))
                .description("Outbox rows not yet confirmed by the broker").register(meters);
        Gauge.builder("applications.outbox.oldest.age", this, g -> orZero(g.monitor.latest().outboxOldestAgeSeconds()))
                .baseUnit("seconds").description("Age of the oldest outbox row; 0 when the outbox is empty").register(meters);
    }

    private void gauge(MeterRegistry meters, String name, OurQueues.Queue queue, String state,
            ToDoubleFunction<QueueSnapshot> value, String unit) {
        Gauge.Builder<QueueGauges> builder = Gauge.builder(name, this, g -> g.valueOf(queue.name(), value))
                .tag("queue", queue.name()).tag("kind", queue.kind().tag());
        if (state != null) {
            builder.tag("state", state);
        }
        if (unit != null) {
            builder.baseUnit(unit);
        }
        builder.register(meters);
    }

    private double valueOf(String queue, ToDoubleFunction<QueueSnapshot> value) {
        return monitor.latest().queues().stream().filter(q -> q.name().equals(queue)).findFirst()
                .map(value::applyAsDouble).orElse(Double.NaN);
    }

    private static double orNaN(Long value) {
        return value == null ? Double.NaN : value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
