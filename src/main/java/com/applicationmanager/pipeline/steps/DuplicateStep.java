package com.applicationmanager.pipeline.steps;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.ProcessingStep;

/**
 * Marks an application as a duplicate when the same candidate (normalised email) applied to the same
 * posting within {@code app.pipeline.dedupe.window} before it. Not a failure: the result carries
 * {@code duplicateOf} (the earlier application's id, or null) and processing goes on.
 */
@ApplicationScoped
public class DuplicateStep implements ProcessingStep {

    private final EarlierApplications earlier;
    private final DedupeConfig config;

    public DuplicateStep(EarlierApplications earlier, DedupeConfig config) {
        this.earlier = earlier;
        this.config = config;
    }

    @Override
    public String id() {
        return "dedupe";
    }

    @Override
    public boolean hasSideEffects() {
        return false;
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("duplicateOf", earlier.firstWithin(application.id(), email(application), config.window())
                .map(Object::toString).orElse(null));
        return output;
    }

    /** The normalise step's email when it ran first; otherwise the same rule applied here. */
    private static String email(ApplicationSnapshot application) {
        Map<String, Object> normalised = application.stepOutputs().get("normalise");
        if (normalised != null && normalised.get("email") instanceof String email) {
            return email;
        }
        return application.email().strip().toLowerCase(Locale.ROOT);
    }
}
