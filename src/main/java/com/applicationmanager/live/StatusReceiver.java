package com.applicationmanager.live;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Hands each status event from this intake's queue to the streams that follow it. */
@ApplicationScoped
public class StatusReceiver {

    private static final Logger LOG = Logger.getLogger(StatusReceiver.class);

    private final ObjectMapper json;
    private final LiveStatusHub hub;
    private final StoredTimeline timeline;
    private final Counter received;

    public StatusReceiver(ObjectMapper json, LiveStatusHub hub, StoredTimeline timeline, MeterRegistry meters) {
        this.json = json;
        this.hub = hub;
        this.timeline = timeline;
        this.received = meters.counter("applications.live.events", "outcome", "received");
    }

    void receive(byte[] body) {
        try {
            hub.dispatch(json.readValue(body, StatusEvent.class));
            received.increment();
        } catch (IOException e) {
            LOG.warnf("Ignored an unreadable status event: %s", e.getMessage());
        }
    }

    /** Events published while this intake was disconnected never reach it: resend from the timeline. */
    void catchUp() {
        hub.applicationStreams().forEach((topic, followers) -> {
            var stored = timeline.of(java.util.UUID.fromString(topic.value()));
            followers.forEach(s -> s.replay(stored));
        });
    }
}
