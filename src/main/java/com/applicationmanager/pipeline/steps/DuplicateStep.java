package com.applicationmanager.pipeline.steps;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.BatchStep;
import com.applicationmanager.pipeline.StepResult;

/**
 * Marks an application as a duplicate when the same candidate (normalised email) applied to the same
 * posting within {@code app.pipeline.dedupe.window} before it. Not a failure: the result carries
 * {@code duplicateOf} (the earlier application's id, or null) and processing goes on. A batch is looked up
 * in one query.
 */
@ApplicationScoped
public class DuplicateStep implements BatchStep {

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
    public List<StepResult> runAll(List<ApplicationSnapshot> applications) {
        Map<UUID, String> emails = new HashMap<>();
        applications.forEach(application -> emails.put(application.id(), email(application)));
        Map<UUID, UUID> found = earlier.firstWithinAll(emails, config.window());
        return applications.stream().map(application -> {
            Map<String, Object> output = new LinkedHashMap<>();
            UUID first = found.get(application.id());
            output.put("duplicateOf", first == null ? null : first.toString());
            return StepResult.of(output);
        }).toList();
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
