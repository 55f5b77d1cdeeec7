package com.applicationmanager.client;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.applicationmanager.ids.Ids;
import com.applicationmanager.role.Role;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes the configured bootstrap client exist with exactly the configured key, at every start of a process
 * that serves the API. Upserts, so replicas starting together agree; a changed key replaces the old one.
 * Runs after DependencyPreflight (which migrates the schema at a higher priority).
 */
@ApplicationScoped
public class BootstrapClient {

    private static final Logger LOG = Logger.getLogger(BootstrapClient.class);

    private final BootstrapClientConfig config;
    private final EntityManager em;
    private final Role role;

    public BootstrapClient(BootstrapClientConfig config, EntityManager em, @ConfigProperty(name = "app.role") Role role) {
        this.config = config;
        this.em = em;
        this.role = role;
    }

    void onStart(@Observes StartupEvent event) {
        if (role.servesApi() && config.key().isPresent()) {
            Arc.container().instance(BootstrapClient.class).get().upsert(config.key().get());
        }
    }

    @Transactional
    void upsert(String key) {
        em.createNativeQuery("""
                insert into {h-schema}api_client (id, name, tenant, tier, rate_limit_per_minute, created_at)
                values (:id, :name, :tenant, :tier, :limit, :now)
                on conflict (name) do update set tenant = excluded.tenant, tier = excluded.tier,
                    rate_limit_per_minute = excluded.rate_limit_per_minute, revoked_at = null""")
                .setParameter("id", Ids.newId()).setParameter("name", config.name())
                .setParameter("tenant", config.tenant()).setParameter("tier", config.tier())
                .setParameter("limit", config.rateLimitPerMinute().isPresent() ? config.rateLimitPerMinute().getAsInt() : null)
                .setParameter("now", Instant.now())
                .executeUpdate();
        UUID clientId = (UUID) em.createNativeQuery("select id from {h-schema}api_client where name = :name", UUID.class)
                .setParameter("name", config.name()).getSingleResult();
        byte[] hash = ApiKeys.hash(key);
        em.createNativeQuery("""
                insert into {h-schema}api_key (id, client_id, key_hash, key_prefix, created_at)
                values (:id, :client, :hash, :prefix, :now) on conflict (key_hash) do update set revoked_at = null
                where {h-schema}api_key.client_id = :client""")
                .setParameter("id", Ids.newId()).setParameter("client", clientId).setParameter("hash", hash)
                .setParameter("prefix", ApiKeys.displayPrefix(key)).setParameter("now", Instant.now())
                .executeUpdate();
        em.createNativeQuery("""
                update {h-schema}api_key set revoked_at = :now
                where client_id = :client and key_hash <> :hash and revoked_at is null""")
                .setParameter("now", Instant.now()).setParameter("client", clientId).setParameter("hash", hash)
                .executeUpdate();
        LOG.infof("Bootstrap client '%s' (tenant %s, tier %s) is ready with the configured key", config.name(),
                config.tenant(), config.tier());
    }
}
