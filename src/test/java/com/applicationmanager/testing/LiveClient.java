package com.applicationmanager.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real client of the live endpoints (the JDK's WebSocket and a streaming HTTP request for SSE) that
 * records every event with the moment it arrived.
 */
public final class LiveClient implements AutoCloseable {

    /** One event as received: its JSON and the client's clock at arrival. */
    public record Received(JsonNode event, Instant arrivedAt) {

        public String status() {
            return event.path("status").asText();
        }

        public Instant at() {
            return Instant.parse(event.path("at").asText());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private WebSocket socket;
    private Stream<String> sseLines;
    private volatile boolean endedByServer;

    private LiveClient() {
    }

    /** Opens a WebSocket; fails with the handshake's status when the server refuses the upgrade. */
    public static LiveClient webSocket(String baseUrl, String path, String apiKey) {
        return webSocket(baseUrl, path, Map.of(Credentials.API_KEY_HEADER, apiKey));
    }

    /** The same with any request headers (none: no credentials at all). */
    public static LiveClient webSocket(String baseUrl, String path, Map<String, String> headers) {
        LiveClient client = new LiveClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + path), client.new Listener())
                .join();
        return client;
    }

    /** The HTTP status of a WebSocket handshake, with this client key, that the server is expected to refuse. */
    public static int refusedHandshake(String baseUrl, String path, String apiKey) {
        return refusedHandshake(baseUrl, path, Map.of(Credentials.API_KEY_HEADER, apiKey));
    }

    /**
     * The same with any request headers. A refused handshake never became a WebSocket, so no event can have
     * arrived; an upgrade that went through fails the test.
     */
    public static int refusedHandshake(String baseUrl, String path, Map<String, String> headers) {
        try (LiveClient unexpected = webSocket(baseUrl, path, headers)) {
            throw new AssertionError("The server upgraded " + path + " to a WebSocket");
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** Opens an SSE stream; the response status must be 200. */
    public static LiveClient serverSentEvents(String baseUrl, String path, String apiKey) {
        LiveClient client = new LiveClient();
        HttpResponse<Stream<String>> response = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream").header(Credentials.API_KEY_HEADER, apiKey).build(), HttpResponse.BodyHandlers.ofLines()).join();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("SSE stream answered HTTP " + response.statusCode());
        }
        client.sseLines = response.body();
        Thread reader = new Thread(() -> {
            client.sseLines.filter(line -> line.startsWith("data:")).forEach(line -> client.record(line.substring(5).strip()));
            // the lines run out when the server ends the response
            client.endedByServer = true;
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** True once the server has ended the stream: the SSE response is complete, or the WebSocket was closed. */
    public boolean endedByServer() {
        return endedByServer;
    }

    public List<String> statuses() {
        return received.stream().map(Received::status).toList();
    }

    private void record(String text) {
        try {
            received.add(new Received(JSON.readTree(text), Instant.now()));
        } catch (Exception e) {
            throw new IllegalStateException("Not a JSON event: " + text, e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
        }
        if (sseLines != null) {
            sseLines.close();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                record(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            endedByServer = true;
            return null;
        }
    }
}
