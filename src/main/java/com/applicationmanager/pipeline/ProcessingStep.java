package com.applicationmanager.pipeline;

import java.util.Map;

/**
 * One step of processing. Implementations are CDI beans; which run for a job type is configuration
 * ({@code app.pipeline.types.<type>.steps}). A step must be idempotent: it may run again after a crash.
 */
public interface ProcessingStep {

    /** The name used in configuration and on the timeline. */
    String id();

    /**
     * @return what the step found, merged into the application's result
     * @throws PermanentFailure when no retry can help
     */
    Map<String, Object> run(ApplicationSnapshot application);
}
