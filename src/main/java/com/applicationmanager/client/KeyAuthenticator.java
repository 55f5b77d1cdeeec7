package com.applicationmanager.client;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.problem.SecurityProblemMappers;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * Finds the client a presented key belongs to: one lookup by the key's hash. A valid key is remembered for a
 * few seconds ({@code quarkus.cache.caffeine."api-keys".expire-after-write}), so a busy client costs no
 * database round trip per request; expiry is still checked on every use, and rotating or revoking through
 * this process forgets every remembered key at once (other replicas within that time).
 */
@ApplicationScoped
public class KeyAuthenticator {

    public static final String CACHE = "api-keys";

    private final CaffeineCache recent;

    public KeyAuthenticator(@CacheName(CACHE) Cache recent) {
        this.recent = recent.as(CaffeineCache.class);
    }

    /** Without blocking: the key's client if the key was valid moments ago and still is, else null. */
    public ClientPrincipal recentlyAuthenticated(String presented) {
        if (!wellFormed(presented)) {
            return null;
        }
        CompletableFuture<ValidKey> known = recent.getIfPresent(cacheKey(ApiKeys.hash(presented)));
        ValidKey key = known == null ? null : known.getNow(null);
        return key != null && key.activeAt(Instant.now()) ? key.client() : null;
    }

    @Transactional
    public ClientPrincipal authenticate(String presented) {
        if (!wellFormed(presented)) {
            throw SecurityProblemMappers.rejected("The API key is not valid");
        }
        byte[] hash = ApiKeys.hash(presented);
        ApiKey key = ApiKey.<ApiKey>find("from ApiKey k join fetch k.client where k.keyHash = ?1", (Object) hash)
                .firstResult();
        if (key == null) {
            throw SecurityProblemMappers.rejected("The API key is not valid");
        }
        if (!key.activeAt(Instant.now())) {
            throw SecurityProblemMappers.rejected("The API key was revoked or has expired; ask for a new one");
        }
        if (key.client.revokedAt != null) {
            throw SecurityProblemMappers.rejected("The client of this API key was revoked");
        }
        ClientPrincipal client = key.client.principal();
        recent.put(cacheKey(hash), CompletableFuture.completedFuture(new ValidKey(client, key.expiresAt)));
        return client;
    }

    private static String cacheKey(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static boolean wellFormed(String presented) {
        return !presented.isEmpty() && presented.length() <= ApiKeys.MAX_LENGTH;
    }

    private record ValidKey(ClientPrincipal client, Instant expiresAt) {
        boolean activeAt(Instant now) {
            return expiresAt == null || expiresAt.isAfter(now);
        }
    }
}
