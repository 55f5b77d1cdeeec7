package com.applicationmanager.pipeline.simulated;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.ProcessingStep;

/** Calls the simulated dependency with a key that is the same on every attempt of the same application. */
@ApplicationScoped
public class SimulatedDependencyStep implements ProcessingStep {

    private final SimulatedDependency dependency;

    public SimulatedDependencyStep(SimulatedDependency dependency) {
        this.dependency = dependency;
    }

    @Override
    public String id() {
        return "simulated-dependency";
    }

    /** The dependency performs its effect once per idempotency key, so a repeated call repeats nothing. */
    @Override
    public boolean retriesSafely() {
        return true;
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        return dependency.call(application.id() + ":" + id(), application.id(), application.candidateName());
    }
}
