package com.applicationmanager.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The Idempotency-Key table. A key is claimed by inserting first, inside the submission's transaction:
 * a concurrent request with the same key blocks on the primary key until the first transaction ends, then
 * finds its row. No check-then-insert race, and a failed submission leaves no claim behind.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** An earlier request's claim on a key. */
    public record Claim(byte[] requestHash, UUID applicationId) {
    }

    private final EntityManager em;

    public IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /** @return empty when the key is now claimed for {@code applicationId}, else the earlier claim */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claim> claim(UUID clientId, String key, byte[] requestHash, UUID applicationId) {
        // two tries: the earlier row may be purged between our insert and our read
        for (int attempt = 0; attempt < 2; attempt++) {
            int inserted = em.createNativeQuery("""
                    insert into {h-schema}idempotency_key (client_id, idempotency_key, request_hash, application_id, created_at)
                    values (:client, :key, :hash, :application, :now) on conflict do nothing""")
                    .setParameter("client", clientId).setParameter("key", key).setParameter("hash", requestHash)
                    .setParameter("application", applicationId).setParameter("now", Instant.now())
                    .executeUpdate();
            if (inserted == 1) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> earlier = em.createNativeQuery("""
                    select request_hash, application_id from {h-schema}idempotency_key
                    where client_id = :client and idempotency_key = :key""")
                    .setParameter("client", clientId).setParameter("key", key).getResultList();
            if (!earlier.isEmpty()) {
                return Optional.of(new Claim((byte[]) earlier.get(0)[0], (UUID) earlier.get(0)[1]));
            }
        }
        throw new IllegalStateException("Idempotency-Key neither claimable nor claimed");
    }

    /** Forgets keys older than the retention. */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        return em.createNativeQuery("delete from {h-schema}idempotency_key where created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
