package com.applicationmanager.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Everything one values file or one overlay renders to, parsed from the multi-document YAML. */
record Rendering(String name, List<Manifest> manifests) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Rendering parse(String name, String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    manifests.add(new Manifest(name, document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse what " + name + " rendered", e);
        }
        return new Rendering(name, List.copyOf(manifests));
    }

    List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    Optional<Manifest> find(String kind, Predicate<Manifest> condition) {
        return ofKind(kind).stream().filter(condition).findFirst();
    }

    Manifest deployment(String component) {
        return find("Deployment", m -> m.component().equals(component))
                .orElseThrow(() -> new AssertionError(name + " renders no " + component + " Deployment"));
    }

    /** The ConfigMap's data, which every pod reads through envFrom. */
    Map<String, String> configMapData(String configMapName) {
        Manifest configMap = find("ConfigMap", m -> m.name().equals(configMapName))
                .orElseThrow(() -> new AssertionError(name + " renders no ConfigMap " + configMapName));
        return YAML.convertValue(configMap.at("/data"), YAML.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    }

    @Override
    public String toString() {
        return name;
    }
}
