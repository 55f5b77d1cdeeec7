package com.applicationmanager.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The filter alone, on a plain registry. */
class TagCardinalityTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    TagCardinalityTest() {
        registry.config().meterFilter(new TagCardinality().boundedTags(2));
    }

    @Test
    void jobTypesPastTheCapAreCountedAsOther() {
        for (String type : new String[] { "engineering", "sales", "junk-1", "junk-2", "engineering" }) {
            registry.counter("applications.processed", "type", type, "outcome", "completed").increment();
        }
        assertThat(registry.find("applications.processed").counters()).extracting(c -> c.getId().getTag("type"))
                .containsExactlyInAnyOrder("engineering", "sales", "other");
        assertThat(registry.get("applications.processed").tag("type", "other").counter().count()).isEqualTo(2);
        assertThat(registry.get("applications.processed").tag("type", "engineering").counter().count()).isEqualTo(2);
    }

    @Test
    void pathsThatFoundNothingShareOneUriAndTemplatesKeepTheirs() {
        registry.timer("http.server.requests", "uri", "/junk/1", "status", "404").record(Duration.ofMillis(1));
        registry.timer("http.server.requests", "uri", "/junk/2", "status", "404").record(Duration.ofMillis(1));
        registry.timer("http.server.requests", "uri", "/api/v1/applications/{id}", "status", "404")
                .record(Duration.ofMillis(1));
        assertThat(registry.find("http.server.requests").timers()).map(Meter::getId).extracting(id -> id.getTag("uri"))
                .containsExactlyInAnyOrder("NOT_FOUND", "/api/v1/applications/{id}");
    }
}
