package com.applicationmanager.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.applicationmanager.ids.Ids;

import io.quarkus.cache.CacheInvalidateAll;

/** Creates, lists and revokes clients and issues their keys: the admin API's work. */
@ApplicationScoped
public class ClientRegistry {

    private final ClientDefaults defaults;

    public ClientRegistry(ClientDefaults defaults) {
        this.defaults = defaults;
    }

    @Transactional
    public IssuedKey create(NewClient request) {
        ApiClient client = new ApiClient();
        client.id = Ids.newId();
        client.name = request.name();
        client.tenant = request.tenant();
        client.tier = request.tier();
        client.rateLimitPerMinute = request.rateLimitPerMinute() != null ? request.rateLimitPerMinute()
                : defaults.defaultRateLimitPerMinute();
        client.createdAt = Instant.now();
        try {
            client.persistAndFlush();
        } catch (PersistenceException e) {
            // the unique name: also right when two operators create the same client at once
            throw new ClientProblems.NameTaken(request.name());
        }
        String key = issueKey(client);
        return new IssuedKey(view(client), key);
    }

    @Transactional
    public List<ClientView> list(boolean includeRevoked) {
        List<ApiClient> clients = includeRevoked ? ApiClient.list("order by createdAt")
                : ApiClient.list("revokedAt is null order by createdAt");
        return clients.stream().map(this::view).toList();
    }

    @Transactional
    public ClientView get(UUID id) {
        return view(find(id));
    }

    /** A new key; the keys in use now stop working after {@code overlap} (at once when zero). */
    @Transactional
    @CacheInvalidateAll(cacheName = KeyAuthenticator.CACHE)
    public IssuedKey rotate(UUID id, Duration overlap) {
        ApiClient client = find(id);
        if (client.revokedAt != null) {
            throw new ClientProblems.ClientRevoked(id);
        }
        Instant now = Instant.now();
        for (ApiKey old : keysOf(client)) {
            if (!old.activeAt(now)) {
                continue;
            }
            if (overlap.isZero()) {
                old.revokedAt = now;
            } else if (old.expiresAt == null || old.expiresAt.isAfter(now.plus(overlap))) {
                old.expiresAt = now.plus(overlap);
            }
        }
        String key = issueKey(client);
        return new IssuedKey(view(client), key);
    }

    /** The client and all its keys stop working at once; the record stays for the history. */
    @Transactional
    @CacheInvalidateAll(cacheName = KeyAuthenticator.CACHE)
    public void revoke(UUID id) {
        ApiClient client = find(id);
        Instant now = Instant.now();
        if (client.revokedAt == null) {
            client.revokedAt = now;
        }
        keysOf(client).stream().filter(k -> k.revokedAt == null).forEach(k -> k.revokedAt = now);
    }

    private String issueKey(ApiClient client) {
        String plain = ApiKeys.generate();
        ApiKey key = new ApiKey();
        key.id = Ids.newId();
        key.client = client;
        key.keyHash = ApiKeys.hash(plain);
        key.keyPrefix = ApiKeys.displayPrefix(plain);
        key.createdAt = Instant.now();
        key.persist();
        return plain;
    }

    private static ApiClient find(UUID id) {
        ApiClient client = ApiClient.findById(id);
        if (client == null) {
            throw new ClientProblems.UnknownClient(id);
        }
        return client;
    }

    private static List<ApiKey> keysOf(ApiClient client) {
        return ApiKey.list("client", client);
    }

    private ClientView view(ApiClient client) {
        return ClientView.of(client, keysOf(client));
    }
}
