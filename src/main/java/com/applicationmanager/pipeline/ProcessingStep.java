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

    /**
     * Whether running the step reaches outside the application's own data (a message, a call to another
     * service). Such a step's output is recorded as soon as it returns, so that it is never redone, and a
     * withdrawn application never reaches it. A step that only computes (return false) is cheaper: its output
     * is stored with the next write, and after a crash it simply runs again.
     */
    default boolean hasSideEffects() {
        return true;
    }

    /**
     * Whether a failed run may simply be tried again at once, in process. True for a step without side
     * effects; a step with side effects says true only when a repeat cannot repeat the effect (it sends an
     * idempotency key the other side honours). A step with side effects is never interrupted by a timeout:
     * its own client's timeout applies, since an interrupted call may have taken effect.
     */
    default boolean retriesSafely() {
        return !hasSideEffects();
    }
}
