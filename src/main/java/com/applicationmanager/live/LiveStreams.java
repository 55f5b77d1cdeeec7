package com.applicationmanager.live;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Opens and closes the streams of both transports. An application stream sends the stored timeline first
 * and then live changes, each entry once; a tenant stream sends live changes only (catch up with the
 * application list). Subscribing before reading the timeline means no change can fall between the two.
 */
@ApplicationScoped
public class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class);

    private final LiveStatusHub hub;
    private final StoredTimeline timeline;
    private final ObjectMapper json;
    private final Map<String, Subscription> sockets = new ConcurrentHashMap<>();

    public LiveStreams(LiveStatusHub hub, StoredTimeline timeline, ObjectMapper json) {
        this.hub = hub;
        this.timeline = timeline;
        this.json = json;
    }

    /** Blocking: reads the timeline. */
    void open(WebSocketConnection connection, Topic topic) {
        Subscription subscription = hub.follow(topic, event -> send(connection, event, endsStream(topic, event)));
        sockets.put(connection.id(), subscription);
        if (topic.isApplication()) {
            subscription.replay(timeline.of(UUID.fromString(topic.value())));
        }
    }

    void close(WebSocketConnection connection) {
        Subscription subscription = sockets.remove(connection.id());
        if (subscription != null) {
            hub.leave(subscription);
        }
    }

    /** The same stream for Server-Sent Events; the timeline is read on a worker thread at subscription. */
    Multi<StatusEvent> stream(Topic topic) {
        return Multi.createFrom().<StatusEvent>emitter(emitter -> {
            Subscription subscription = hub.follow(topic, event -> {
                emitter.emit(event);
                if (endsStream(topic, event)) {
                    emitter.complete();
                }
            });
            emitter.onTermination(() -> hub.leave(subscription));
            if (topic.isApplication()) {
                subscription.replay(timeline.of(UUID.fromString(topic.value())));
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** An application's stream ends with its final status (a client then knows the outcome); a tenant's never. */
    private static boolean endsStream(Topic topic, StatusEvent event) {
        return topic.isApplication() && event.status().isFinal();
    }

    private void send(WebSocketConnection connection, StatusEvent event, boolean last) {
        String text;
        try {
            text = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status event not serialisable", e);
        }
        connection.sendText(text).chain(() -> last ? connection.close() : Uni.createFrom().voidItem())
                .subscribe().with(sent -> {
        }, failure -> LOG.debugf("Could not send to WebSocket %s: %s", connection.id(), failure.getMessage()));
    }
}
