package com.applicationmanager.client;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What an operator sees of a client: never a key, only the first characters of each. */
@Schema(name = "Client")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientView(UUID id, String name, String tenant, String tier, Integer rateLimitPerMinute,
        Instant createdAt, Instant revokedAt, List<KeyView> keys) {

    @Schema(name = "ClientKey")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyView(UUID id, @Schema(examples = "amk_Q3xv") String prefix, Instant createdAt,
            Instant expiresAt, Instant revokedAt) {
    }

    static ClientView of(ApiClient client, List<ApiKey> keys) {
        return new ClientView(client.id, client.name, client.tenant, client.tier, client.rateLimitPerMinute,
                client.createdAt, client.revokedAt, keys.stream()
                        .sorted(Comparator.comparing((ApiKey k) -> k.createdAt))
                        .map(k -> new KeyView(k.id, k.keyPrefix, k.createdAt, k.expiresAt, k.revokedAt))
                        .toList());
    }
}
