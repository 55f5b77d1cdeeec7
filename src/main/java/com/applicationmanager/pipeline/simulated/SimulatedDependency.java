package com.applicationmanager.pipeline.simulated;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import com.applicationmanager.pipeline.PermanentFailure;

/**
 * The external system itself: waits its latency, fails as configured, and performs its effect at most once
 * per idempotency key (as a well-behaved provider does), counting every call so tests can see re-invocations.
 * The circuit breaker makes a worker stop calling a dependency that keeps failing, so an outage delays work
 * instead of burning every application's attempts.
 */
@ApplicationScoped
public class SimulatedDependency {

    private final SimulatedDependencyConfig config;
    private final SimulatedEffects effects;

    public SimulatedDependency(SimulatedDependencyConfig config, SimulatedEffects effects) {
        this.config = config;
        this.effects = effects;
    }

    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 2000,
            skipOn = PermanentFailure.class)
    public Map<String, Object> call(String idempotencyKey, UUID applicationId, String candidateName) {
        waitLatency();
        if (candidateName.contains(config.permanentFailureMarker())) {
            throw new PermanentFailure("The dependency refuses this application for good");
        }
        if (candidateName.contains(config.alwaysFailingMarker())
                || ThreadLocalRandom.current().nextDouble() < config.transientFailureRate()) {
            throw new TransientDependencyFailure("The dependency timed out");
        }
        int calls = effects.perform(idempotencyKey, applicationId);
        return Map.of("externalCheck", "passed", "externalReference", idempotencyKey, "dependencyCalls", calls);
    }

    private void waitLatency() {
        long nanos = config.latency().toNanos();
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientDependencyFailure("interrupted while waiting for the dependency");
            }
        }
    }
}
