package com.applicationmanager.pipeline;

import java.util.Map;
import java.util.function.Supplier;

/** One application's answer from a {@link BatchStep}: its output, or why it failed (that application alone). */
public record StepResult(Map<String, Object> output, RuntimeException failure) {

    public static StepResult of(Map<String, Object> output) {
        return new StepResult(output, null);
    }

    public static StepResult failed(RuntimeException failure) {
        return new StepResult(null, failure);
    }

    /** One application's share of a batch: its output, or its failure, which concerns it alone. */
    public static StepResult attempt(Supplier<Map<String, Object>> work) {
        try {
            return of(work.get());
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    public Map<String, Object> orThrow() {
        if (failure != null) {
            throw failure;
        }
        return output;
    }
}
