package com.applicationmanager.worker;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.ProcessingStep;

/**
 * A step without side effects that a test can hold closed, so that other deliveries of an application arrive
 * while its first one is provably still running. Open unless a test closes it.
 */
@ApplicationScoped
public class GatedStep implements ProcessingStep {

    private volatile CountDownLatch gate = new CountDownLatch(0);

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    @Override
    public String id() {
        return "gated";
    }

    @Override
    public boolean hasSideEffects() {
        return false;
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        try {
            // within the step timeout (10 s); the test opens the gate as soon as it has seen what it waits for
            if (!gate.await(8, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gate stayed closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return Map.of("computed", true);
    }
}
