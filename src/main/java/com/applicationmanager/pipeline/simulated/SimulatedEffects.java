package com.applicationmanager.pipeline.simulated;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The dependency's ledger: one effect per idempotency key, however often it is called. */
@ApplicationScoped
public class SimulatedEffects {

    private final EntityManager em;

    public SimulatedEffects(EntityManager em) {
        this.em = em;
    }

    /** @return how many calls this key has had, this one included */
    @Transactional
    public int perform(String idempotencyKey, UUID applicationId) {
        Instant now = Instant.now();
        Number calls = (Number) em.createNativeQuery("insert into {h-schema}simulated_effect "
                + "(idempotency_key, application_id, calls, first_call_at, last_call_at) values (?1, ?2, 1, ?3, ?3) "
                + "on conflict (idempotency_key) do update set calls = simulated_effect.calls + 1, last_call_at = ?3 "
                + "returning calls")
                .setParameter(1, idempotencyKey)
                .setParameter(2, applicationId)
                .setParameter(3, now)
                .getSingleResult();
        return calls.intValue();
    }
}
