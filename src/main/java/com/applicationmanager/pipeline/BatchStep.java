package com.applicationmanager.pipeline;

import java.util.List;
import java.util.Map;

/**
 * A step that serves many applications at once: one query for all of them, or all their messages published
 * before their confirms are awaited. The worker hands it every application of a batch that needs it; a plain
 * {@link ProcessingStep} is run once per application instead, in parallel.
 */
public interface BatchStep extends ProcessingStep {

    /** @return one result per application, in the order given; a failure concerns that application only */
    List<StepResult> runAll(List<ApplicationSnapshot> applications);

    @Override
    default Map<String, Object> run(ApplicationSnapshot application) {
        return runAll(List.of(application)).get(0).orThrow();
    }
}
