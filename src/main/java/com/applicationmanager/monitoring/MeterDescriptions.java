package com.applicationmanager.monitoring;

import java.util.Map;

import io.micrometer.core.instrument.Meter;

/**
 * Help text for the meters operators and alerts read, including those registered without one elsewhere in the
 * code, SmallRye Fault Tolerance's and the binders'; the same list, with tags, is in docs/metrics.md. Applied by
 * the one filter in {@link PrometheusNames}, under the names it gives.
 */
final class MeterDescriptions {

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
            Map.entry("ft.retry.retries.total", "Retries made by a @Retry method"),
            Map.entry("ft.timeout.calls.total", "Calls of a @Timeout method, by whether they timed out"),
            Map.entry("ft.timeout.execution_duration", "Duration of the calls of a @Timeout method"),
            Map.entry("ft.timer.scheduled", "Tasks waiting in SmallRye Fault Tolerance's timer (timeouts, delays)"),
            Map.entry("http.server.active.requests", "HTTP requests being served"),
            Map.entry("netty.allocator.memory.used", "Memory Netty's buffer allocator holds, by kind (heap, direct)"),
            Map.entry("netty.allocator.memory.pinned", "Memory of Netty's buffer allocator in use by buffers"),
            Map.entry("netty.allocator.pooled.arenas", "Arenas of Netty's pooled buffer allocator"),
            Map.entry("netty.allocator.pooled.cache.size", "Cache sizes of Netty's pooled buffer allocator"),
            Map.entry("netty.allocator.pooled.chunk.size", "Chunk size of Netty's pooled buffer allocator"),
            Map.entry("netty.allocator.pooled.threadlocal.caches", "Thread-local caches of Netty's pooled buffer allocator"),
            Map.entry("netty.eventexecutor.tasks.pending", "Tasks waiting on one of Netty's event loops"),
            Map.entry("system.cpu.logical", "Processors available to the JVM"));

    private MeterDescriptions() {
    }

    /** The id with its help text from the list, unless it has one already. */
    static Meter.Id describe(Meter.Id id) {
        String description = DESCRIPTIONS.get(id.getName());
        if (description == null || id.getDescription() != null) {
            return id;
        }
        return new Meter.Id(id.getName(), io.micrometer.core.instrument.Tags.of(id.getTagsAsIterable()),
                id.getBaseUnit(), description, id.getType());
    }
}
