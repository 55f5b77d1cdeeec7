package com.applicationmanager.worker;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.ProcessingStep;

/** A step without side effects that takes long enough for deliveries of one application to overlap. */
@ApplicationScoped
public class SlowComputeStep implements ProcessingStep {

    @Override
    public String id() {
        return "slow-compute";
    }

    @Override
    public boolean hasSideEffects() {
        return false;
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        try {
            Thread.sleep(500); // the work itself, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return Map.of("computed", true);
    }
}
