package com.applicationmanager.pipeline;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** A step that exists only in tests: adding a step is this one class... */
@ApplicationScoped
public class ShoutStep implements ProcessingStep {

    @Override
    public String id() {
        return "shout";
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        return Map.of("shouted", application.candidateName().toUpperCase(Locale.ROOT));
    }
}
