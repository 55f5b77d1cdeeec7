package com.applicationmanager.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class MessageSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final MessageCodec codec = new MessageCodec(mapper);

    @Test
    void theJsonSchemaNamesExactlyTheFieldsTheCodeWrites() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/application-message-v1.json")) {
            schema = mapper.readTree(in);
        }
        Set<String> components = Arrays.stream(ApplicationMessage.class.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());
        Set<String> properties = iterate(schema.get("properties").fieldNames());
        Set<String> required = iterate(schema.get("required").elements()).stream().collect(Collectors.toSet());

        assertThat(properties).isEqualTo(components);
        assertThat(required).isEqualTo(components);
        JsonNode written = mapper.readTree(codec.encode(aMessage()));
        assertThat(iterate(written.fieldNames())).isEqualTo(components);
    }

    @Test
    void aMessageSurvivesTheRoundTrip() {
        ApplicationMessage message = aMessage();
        assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
    }

    @Test
    void unknownVersionAndGarbageAreRefusedNotGuessedAt() {
        assertThatThrownBy(() -> codec.decode("{\"schemaVersion\": 2}".getBytes()))
                .isInstanceOf(UnreadableMessageException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> codec.decode("not json".getBytes()))
                .isInstanceOf(UnreadableMessageException.class);
        assertThatThrownBy(() -> codec.decode("{\"schemaVersion\": 1}".getBytes()))
                .isInstanceOf(UnreadableMessageException.class).hasMessageContaining("lacks");
    }

    private static ApplicationMessage aMessage() {
        return new ApplicationMessage(1, UUID.randomUUID(), UUID.randomUUID(), "engineering", "acme", "enterprise", 0,
                Instant.parse("2026-11-29T10:15:30Z"), 1, "c0ffee", Map.of("jobPostingId", "eng-042"));
    }

    private static Set<String> iterate(java.util.Iterator<?> items) {
        Set<String> names = new java.util.HashSet<>();
        items.forEachRemaining(item -> names.add(item instanceof JsonNode node ? node.asText() : item.toString()));
        return names;
    }
}
