package com.applicationmanager.worker;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.ProcessingStep;

/** A side effect that takes longer than the steps' timeout and counts how often it was started. */
@ApplicationScoped
public class SlowEffectStep implements ProcessingStep {

    static final Map<UUID, AtomicInteger> STARTED = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "slow-effect";
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        STARTED.computeIfAbsent(application.id(), id -> new AtomicInteger()).incrementAndGet();
        try {
            Thread.sleep(600); // the call to the other system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the effect was under way", e);
        }
        return Map.of("effect", "done");
    }
}
