package com.applicationmanager.monitoring;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Help text for the meters operators and alerts read, including those registered without one elsewhere in the
 * code and SmallRye Fault Tolerance's; the same list, with tags, is in docs/metrics.md.
 */
public class MeterDescriptions {

    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("applications.submitted", "Submissions by outcome"),
            Map.entry("applications.processed", "Processing attempts by job type and outcome "
                    + "(completed, duplicate, retried, dead-lettered)"),
            Map.entry("applications.processing.duration", "Duration of a successful processing attempt, by job type"),
            Map.entry("applications.step.duration", "Duration of one pipeline step run, by step and outcome"),
            Map.entry("applications.live.events", "Status events for live streams, by outcome (published, dropped)"),
            Map.entry("applications.live.topics", "Live-stream subscriptions an intake holds"),
            Map.entry("applications.queue.depth", "Messages in one of our queues, by state (ready, unacked)"),
            Map.entry("applications.queue.consumers", "Consumers attached to one of our queues"),
            Map.entry("applications.queue.oldest.age", "Age of the oldest message in one of our queues"),
            Map.entry("ft.circuitbreaker.state.current", "1 for the state a circuit breaker is in, 0 for the others"),
            Map.entry("ft.circuitbreaker.state.total", "Time a circuit breaker has spent in each state"),
            Map.entry("ft.circuitbreaker.opened.total", "Times a circuit breaker has opened"),
            Map.entry("ft.circuitbreaker.calls.total", "Calls through a circuit breaker, by result"),
            Map.entry("ft.invocations.total", "Calls of a fault-tolerant method, by result and fallback"),
            Map.entry("ft.retry.calls.total", "Calls of a @Retry method, by whether and how they were retried"),
            Map.entry("ft.retry.retries.total", "Retries made by a @Retry method"));

    @Produces
    @Singleton
    MeterFilter describe() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String description = DESCRIPTIONS.get(id.getName());
                if (description == null || id.getDescription() != null) {
                    return id;
                }
                return new Meter.Id(id.getName(), io.micrometer.core.instrument.Tags.of(id.getTagsAsIterable()),
                        id.getBaseUnit(), description, id.getType());
            }
        };
    }
}
