package com.applicationmanager.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * Validates custom resources (KEDA, Prometheus Operator) against the openAPIV3Schema of their CRDs, whose copies
 * are in src/test/resources/crds (upstream versions and licence in the README there). The API server prunes or,
 * with strict field validation, rejects fields a structural schema does not declare; here every object schema
 * without x-kubernetes-preserve-unknown-fields gets additionalProperties: false so that an unknown or misspelt
 * field fails the test.
 */
final class CrdSchemas {

    static final Path FOLDER = Renderings.PROJECT.resolve("src/test/resources/crds");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Map<String, Schema> schemas;

    private CrdSchemas() {
    }

    /** Problems found in one custom resource; empty when it matches its CRD. */
    static List<String> problems(JsonNode object) {
        Schema schema = load().get(key(object.path("apiVersion").asText(), object.path("kind").asText()));
        if (schema == null) {
            return List.of("no CRD in " + FOLDER + " defines " + object.path("apiVersion").asText() + " "
                    + object.path("kind").asText());
        }
        List<String> problems = new ArrayList<>();
        schema.validate(object).forEach(error -> problems.add(error.toString()));
        problems.addAll(StrictCoreSchema.problems(object.path("metadata"), V1ObjectMeta.class));
        return problems;
    }

    private static synchronized Map<String, Schema> load() {
        if (schemas == null) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
            Map<String, Schema> loaded = new HashMap<>();
            try (Stream<Path> files = Files.list(FOLDER)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    JsonNode crd = YAML.readTree(file.toFile());
                    String group = crd.at("/spec/group").asText();
                    String kind = crd.at("/spec/names/kind").asText();
                    for (JsonNode version : crd.at("/spec/versions")) {
                        ObjectNode schema = (ObjectNode) version.at("/schema/openAPIV3Schema").deepCopy();
                        tighten(schema, true);
                        loaded.put(key(group + "/" + version.path("name").asText(), kind), registry.getSchema(schema));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            schemas = loaded;
        }
        return schemas;
    }

    private static void tighten(JsonNode node, boolean root) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                || schema.has("additionalProperties");
        if ("object".equals(schema.path("type").asText()) && !open) {
            schema.put("additionalProperties", false);
        }
        schema.path("properties").properties().forEach(property -> {
            // metadata is checked with the core ObjectMeta model instead
            if (!(root && property.getKey().equals("metadata"))) {
                tighten(property.getValue(), false);
            }
        });
        tighten(schema.path("items"), false);
        tighten(schema.path("additionalProperties"), false);
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            schema.path(combinator).forEach(branch -> tighten(branch, false));
        }
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
