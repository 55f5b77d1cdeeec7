package com.applicationmanager.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** One rendered object (a Deployment, a ScaledObject, ...) with the accessors the checks need. */
record Manifest(String source, JsonNode body) {

    String apiVersion() {
        return body.path("apiVersion").asText();
    }

    String kind() {
        return body.path("kind").asText();
    }

    String name() {
        return body.path("metadata").path("name").asText();
    }

    /** "intake" or "worker" for the objects of one role, from the app.kubernetes.io/component label. */
    String component() {
        return body.path("metadata").path("labels").path("app.kubernetes.io/component").asText();
    }

    JsonNode at(String pointer) {
        return body.at(pointer);
    }

    /** The containers of a workload's pod template. */
    List<JsonNode> containers() {
        List<JsonNode> containers = new ArrayList<>();
        body.at("/spec/template/spec/containers").forEach(containers::add);
        return containers;
    }

    /** The literal environment of one container (valueFrom entries map to null). */
    static Optional<String> literalEnv(JsonNode container, String name) {
        return stream(container.path("env"))
                .filter(e -> e.path("name").asText().equals(name))
                .findFirst()
                .map(e -> e.has("value") ? e.get("value").asText() : null);
    }

    static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    @Override
    public String toString() {
        return kind() + " " + name() + " (" + source + ")";
    }
}
