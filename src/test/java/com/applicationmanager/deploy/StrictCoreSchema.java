package com.applicationmanager.deploy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.kubernetes.client.openapi.JSON;

/**
 * Validates core Kubernetes objects with the official Java models. Their JSON reader rejects fields the API
 * does not define and missing required fields; reading back what the model wrote also catches values of the
 * wrong type (a quoted port, a boolean written as a string) that the reader silently converts.
 */
final class StrictCoreSchema {

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    static {
        new JSON(); // registers the model type adapters
    }

    private StrictCoreSchema() {
    }

    /** The model class for a core apiVersion and kind (apps/v1 Deployment: V1Deployment), if there is one. */
    static Optional<Class<?>> modelFor(String apiVersion, String kind) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        try {
            return Optional.of(Class.forName(MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Problems found in one object; empty when the API server would accept it as written. */
    static List<String> problems(JsonNode object, Class<?> model) {
        Object parsed;
        try {
            parsed = JSON.deserialize(object.toString(), model);
        } catch (RuntimeException e) { // the generated readers throw IllegalArgumentException, Gson its own
            return List.of(e.getMessage());
        }
        try {
            JsonNode written = JSON_MAPPER.readTree(JSON.serialize(parsed));
            List<String> problems = new ArrayList<>();
            compare(normalised(object), normalised(written), "", problems);
            return problems;
        } catch (JsonProcessingException e) {
            return List.of(e.getMessage());
        }
    }

    private static void compare(JsonNode given, JsonNode read, String path, List<String> problems) {
        if (given.isObject() && read.isObject()) {
            given.fieldNames().forEachRemaining(field -> {
                if (!read.has(field)) {
                    problems.add(path + "/" + field + " is not kept by the model");
                } else {
                    compare(given.get(field), read.get(field), path + "/" + field, problems);
                }
            });
        } else if (given.isArray() && read.isArray() && given.size() == read.size()) {
            for (int i = 0; i < given.size(); i++) {
                compare(given.get(i), read.get(i), path + "/" + i, problems);
            }
        } else if (given.isNumber() && read.isNumber()) {
            if (given.decimalValue().compareTo(read.decimalValue()) != 0) {
                problems.add(path + ": " + given + " read as " + read);
            }
        } else if (given.isNumber() && read.isTextual() && read.asText().equals(given.asText())) {
            return; // a quantity written as a number (cpu: 2) is valid; the model keeps it as a string
        } else if (!given.equals(read)) {
            problems.add(path + ": " + given + " (" + given.getNodeType() + ") is read as " + read + " ("
                    + read.getNodeType() + "); the API server rejects the type");
        }
    }

    /** Drops nulls and empty collections, which the models write for every unset list or map. */
    private static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON_MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = normalised(field.getValue());
                if (!value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
                    copy.set(field.getKey(), value);
                }
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON_MAPPER.createArrayNode();
            node.forEach(item -> copy.add(normalised(item)));
            return copy;
        }
        return node;
    }
}
