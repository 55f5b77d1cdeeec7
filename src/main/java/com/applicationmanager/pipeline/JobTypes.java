package com.applicationmanager.pipeline;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The job types the service accepts: {@code app.pipeline.default-types} plus every type with its own steps.
 * A client-chosen type becomes a routing key, a metric tag and a listing filter, so an unknown one is refused
 * at submission instead of silently running the default steps.
 */
@ApplicationScoped
public class JobTypes {

    private final SortedSet<String> accepted;

    public JobTypes(PipelineConfig config) {
        SortedSet<String> types = new TreeSet<>(config.defaultTypes());
        types.addAll(config.types().keySet());
        this.accepted = Collections.unmodifiableSortedSet(types);
    }

    public Set<String> accepted() {
        return accepted;
    }

    /** Why {@code type} is refused, or empty when it is accepted; for one submission or each item of a batch. */
    public Optional<String> refusal(String type) {
        return accepted.contains(type) ? Optional.empty()
                : Optional.of("is not a job type this service runs; accepted: " + String.join(", ", accepted));
    }
}
