package com.applicationmanager.live;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.VertxException;

/**
 * Opens and closes the streams of both transports. An application stream sends the stored timeline first
 * and then live changes, each entry once; a tenant stream sends live changes only (catch up with the
 * application list). Subscribing before reading the timeline means no change can fall between the two.
 */
@ApplicationScoped
public class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class);

    /** Set by {@link LiveUpgradeCheck} on a handshake it let through: who opens the socket, and from where. */
    static final UserData.TypedKey<String> CALLER = UserData.TypedKey.forString("live.caller");
    static final UserData.TypedKey<String> ADDRESS = UserData.TypedKey.forString("live.address");

    private record Open(Subscription subscription, StreamSlots.Slot slot) {
    }

    private final LiveStatusHub hub;
    private final StoredTimeline timeline;
    private final ObjectMapper json;
    private final StreamAccess access;
    private final StreamSlots slots;
    private final LiveConfig config;
    private final Map<String, Open> sockets = new ConcurrentHashMap<>();

    public LiveStreams(LiveStatusHub hub, StoredTimeline timeline, ObjectMapper json, StreamAccess access,
            StreamSlots slots, LiveConfig config) {
        this.hub = hub;
        this.timeline = timeline;
        this.json = json;
        this.access = access;
        this.slots = slots;
        this.config = config;
    }

    /**
     * Blocking: reads the timeline. The handshake was authorised and found room; the slot is taken only now,
     * so one is never held by a socket that did not open (two racing for the last one: the loser is closed).
     */
    void open(WebSocketConnection connection, Topic topic) {
        StreamSlots.Slot slot = slots.take(connection.userData().get(CALLER), connection.userData().get(ADDRESS));
        if (slot == null) {
            connection.close(new CloseReason(1008, "too many streams")).subscribe()
                    .with(closed -> {
                    }, failure -> LOG.debugf("Closing WebSocket %s: %s", connection.id(), failure.getMessage()));
            return;
        }
        Subscription subscription = hub.follow(topic, event -> send(connection, event, endsStream(topic, event)));
        sockets.put(connection.id(), new Open(subscription, slot));
        if (topic.isApplication()) {
            subscription.replay(timeline.of(UUID.fromString(topic.value())));
        }
    }

    void close(WebSocketConnection connection) {
        Open open = sockets.remove(connection.id());
        if (open != null) {
            hub.leave(open.subscription());
            slots.giveBack(open.slot());
        }
    }

    /**
     * A client that goes away mid-stream (a reset, a closed tab) is normal traffic: DEBUG, not the ERROR with a
     * stack trace that an unhandled WebSocket error gets. Anything else is worth a WARN.
     */
    void failed(WebSocketConnection connection, Throwable failure) {
        if (failure instanceof IOException || failure instanceof VertxException || connection.isClosed()) {
            LOG.debugf("WebSocket %s ended: %s", connection.id(), failure.toString());
        } else {
            LOG.warnf(failure, "WebSocket %s failed", connection.id());
        }
    }

    /**
     * The same stream for Server-Sent Events, once {@link StreamAccess} allows it and the caller has a free
     * slot; the timeline is read on a worker thread at subscription.
     *
     * @throws StreamNotFound or {@link TooManyStreams} before anything is sent
     */
    Multi<StatusEvent> serve(SecurityIdentity identity, Topic topic, String address) {
        access.require(identity, topic);
        StreamSlots.Slot slot = slots.take(StreamSlots.callerOf(identity), address);
        if (slot == null) {
            throw new TooManyStreams();
        }
        return Multi.createFrom().<StatusEvent>emitter(emitter -> {
            Subscription subscription = hub.follow(topic, event -> {
                emitter.emit(event);
                if (endsStream(topic, event)) {
                    emitter.complete();
                }
            });
            emitter.onTermination(() -> {
                hub.leave(subscription);
                slots.giveBack(slot);
            });
            if (topic.isApplication()) {
                subscription.replay(timeline.of(UUID.fromString(topic.value())));
            }
        }, BackPressureStrategy.ERROR)
                // a client that reads slower than its events come is dropped, not buffered without end; it
                // reconnects and reads the timeline again
                .onOverflow().buffer(config.streamBuffer())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
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
