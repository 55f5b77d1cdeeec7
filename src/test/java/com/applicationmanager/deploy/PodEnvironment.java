package com.applicationmanager.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The environment one container starts with: its ConfigMaps (envFrom) overlaid by its own env entries. */
final class PodEnvironment {

    /** Stands for a value taken from a Secret or a field reference, which the manifests do not show. */
    static final String REFERENCED = "<valueFrom>";

    private PodEnvironment() {
    }

    static Map<String, String> of(Rendering rendering, JsonNode container) {
        Map<String, String> environment = new LinkedHashMap<>();
        container.path("envFrom").forEach(source -> {
            if (source.has("configMapRef")) {
                environment.putAll(rendering.configMapData(source.at("/configMapRef/name").asText()));
            }
        });
        container.path("env").forEach(entry -> environment.put(entry.path("name").asText(),
                entry.has("value") ? entry.get("value").asText() : REFERENCED));
        return environment;
    }
}
