package com.applicationmanager.live;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.PathParam;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/** Every status change of one tenant's applications over WebSocket, live from the moment of connecting. */
@WebSocket(path = "/api/v1/tenants/{tenant}/events")
public class TenantEventsSocket {

    private final LiveStreams streams;

    public TenantEventsSocket(LiveStreams streams) {
        this.streams = streams;
    }

    @OnOpen
    void open(WebSocketConnection connection, @PathParam String tenant) {
        streams.open(connection, Topic.tenant(tenant));
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
