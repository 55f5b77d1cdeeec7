package com.applicationmanager.pipeline;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.applicationmanager.pipeline.PipelineConfig.JobType;

/** Resolves which steps run for a job type; fails at start if configuration names a step that does not exist. */
@ApplicationScoped
public class Pipeline {

    private final Map<String, ProcessingStep> steps;
    private final PipelineConfig config;

    public Pipeline(Instance<ProcessingStep> available, PipelineConfig config) {
        this.steps = available.stream().collect(Collectors.toMap(ProcessingStep::id, Function.identity()));
        this.config = config;
        config.defaultSteps().forEach(this::step);
        config.types().values().forEach(type -> type.steps().forEach(this::step));
    }

    public List<ProcessingStep> stepsFor(String type) {
        JobType jobType = config.types().get(type);
        List<String> ids = jobType != null ? jobType.steps() : config.defaultSteps();
        return ids.stream().map(this::step).toList();
    }

    private ProcessingStep step(String id) {
        ProcessingStep step = steps.get(id);
        if (step == null) {
            throw new IllegalStateException("Pipeline configuration names step '" + id + "', but only "
                    + steps.keySet() + " exist");
        }
        return step;
    }
}
