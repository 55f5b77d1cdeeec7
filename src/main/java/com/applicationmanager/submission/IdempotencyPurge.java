package com.applicationmanager.submission;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.applicationmanager.role.Role;

import io.quarkus.scheduler.Scheduled;

/** Hourly, on processes serving the API: keys past their retention go; several replicas doing it is harmless. */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyKeys keys;
    private final SubmissionConfig config;
    private final boolean enabled;

    public IdempotencyPurge(IdempotencyKeys keys, SubmissionConfig config, @ConfigProperty(name = "app.role") Role role) {
        this.keys = keys;
        this.config = config;
        this.enabled = role.servesApi();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (enabled) {
            int purged = keys.purgeOlderThan(Instant.now().minus(config.idempotencyRetention()));
            LOG.debugf("Purged %d idempotency keys older than %s", purged, config.idempotencyRetention());
        }
    }
}
