package com.applicationmanager.pipeline;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "app.pipeline")
public interface PipelineConfig {

    /** Steps for a job type without its own list, in order. */
    @WithDefault("normalise,dedupe,screen,notify")
    List<String> defaultSteps();

    /** Job types that run the default steps; with the keys of {@link #types()}, the only types a submission may name. */
    @WithDefault("engineering,data,sales,support,design")
    List<String> defaultTypes();

    /** Steps per job type, for example {@code app.pipeline.types.engineering.steps=normalise,screen}. */
    Map<String, JobType> types();

    interface JobType {
        List<String> steps();
    }
}
