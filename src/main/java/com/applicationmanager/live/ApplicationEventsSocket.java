package com.applicationmanager.live;

import java.util.UUID;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.PathParam;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * One application's status changes over WebSocket: its stored timeline first, then each change as it is
 * committed, as JSON text frames. {@link LiveUpgradeCheck} has already refused unknown ids and worker processes.
 */
@WebSocket(path = "/api/v1/applications/{id}/events")
public class ApplicationEventsSocket {

    private final LiveStreams streams;

    public ApplicationEventsSocket(LiveStreams streams) {
        this.streams = streams;
    }

    @OnOpen
    void open(WebSocketConnection connection, @PathParam String id) {
        streams.open(connection, Topic.application(UUID.fromString(id)));
    }

    @OnClose
    void close(WebSocketConnection connection) {
        streams.close(connection);
    }

    @OnError
    void failed(WebSocketConnection connection, Throwable failure) {
        streams.failed(connection, failure);
    }
}
