package com.applicationmanager.messaging;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** Reads and writes {@link ApplicationMessage}; anything it cannot read is refused, never guessed at. */
@ApplicationScoped
public class MessageCodec {

    private final ObjectMapper mapper;

    public MessageCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] encode(ApplicationMessage message) {
        try {
            return mapper.writeValueAsBytes(message);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode message for application " + message.applicationId(), e);
        }
    }

    /** @param payload the connector's payload: bytes, a Vert.x buffer, a JSON object or a string */
    public ApplicationMessage decode(Object payload) {
        ApplicationMessage message;
        try {
            message = mapper.readValue(bytesOf(payload), ApplicationMessage.class);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableMessageException("Not a readable application message: " + e.getMessage(), e);
        }
        if (message.schemaVersion() != ApplicationMessage.CURRENT_VERSION) {
            throw new UnreadableMessageException("Unknown schema version " + message.schemaVersion(), null);
        }
        if (message.applicationId() == null || message.messageId() == null || message.type() == null) {
            throw new UnreadableMessageException("Message lacks applicationId, messageId or type", null);
        }
        return message;
    }

    public static byte[] bytesOf(Object payload) {
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        if (payload instanceof Buffer buffer) {
            return buffer.getBytes();
        }
        if (payload instanceof io.vertx.mutiny.core.buffer.Buffer buffer) {
            return buffer.getBytes();
        }
        if (payload instanceof JsonObject json) {
            return json.toBuffer().getBytes();
        }
        if (payload instanceof String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("payload of type " + (payload == null ? "null" : payload.getClass().getSimpleName()));
    }
}
