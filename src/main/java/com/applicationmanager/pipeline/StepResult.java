package com.applicationmanager.pipeline;

import java.util.Map;

/** One application's answer from a {@link BatchStep}: its output, or why it failed (that application alone). */
public record StepResult(Map<String, Object> output, RuntimeException failure) {

    public static StepResult of(Map<String, Object> output) {
        return new StepResult(output, null);
    }

    public static StepResult failed(RuntimeException failure) {
        return new StepResult(null, failure);
    }

    public Map<String, Object> orThrow() {
        if (failure != null) {
            throw failure;
        }
        return output;
    }
}
