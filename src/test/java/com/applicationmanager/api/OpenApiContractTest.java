package com.applicationmanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every answer the test suite got from the API has its status code in the OpenAPI document. {@link AnswerRecorder}
 * notes the answers while the Quarkus tests run; this class is a plain JUnit test, so Quarkus's class orderer runs
 * it after all of them (non-Quarkus tests come last), and reads the document the build stored
 * ({@code quarkus.smallrye-openapi.store-schema-directory}) — no Quarkus start of its own.
 */
class OpenApiContractTest {

    static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");
    /** Benchmark-only, hidden from the document on purpose (BaselineResource). */
    static final Set<String> NOT_PART_OF_THE_CONTRACT = Set.of("/api/v1/baseline/applications");
    /** JAX-RS answers these on every path by itself (OPTIONS lists the methods, HEAD is GET without a body). */
    static final Set<String> FRAMEWORK_METHODS = Set.of("OPTIONS", "HEAD");

    @Test
    void everyStatusTheSuiteWasAnsweredIsDocumentedForItsOperation() throws IOException {
        assertThat(System.getProperty(AnswerRecorder.RECORDING_PROPERTY))
                .as("no Quarkus test ran in this JVM before this check; run it with the tests that call the API")
                .isNotNull();
        assertThat(DOCUMENT).as("the build stores the OpenAPI document there").exists();
        List<String> answers = Files.readAllLines(AnswerRecorder.FILE);
        Document document = Document.read(Files.readString(DOCUMENT));
        assertThat(answers).as("answers recorded").isNotEmpty();
        assertThat(document.violations(answers)).isEmpty();
    }

    @Test
    void anUndocumentedStatusOrOperationIsReported() {
        Document document = Document.read("""
                {"paths": {
                  "/api/v1/applications/{id}": {"get": {"responses": {"200": {}, "404": {}}}},
                  "/api/v1/applications/bulk": {"post": {"responses": {"200": {}}}}}}""");
        assertThat(document.violations(List.of(
                "GET\t/api/v1/applications/{uuid}\t200",
                "GET\t/api/v1/applications/{uuid}\t404",
                "POST\t/api/v1/applications/bulk\t200",
                "GET\t/api/v1/nowhere\t404",
                "GET\t/api/v1/applications/{uuid}\t101",
                "OPTIONS\t/api/v1/applications/bulk\t200")))
                .as("documented answers, unknown paths' 404, WebSocket upgrades and OPTIONS pass").isEmpty();
        assertThat(document.violations(List.of("GET\t/api/v1/applications/{uuid}\t409")))
                .containsExactly("GET /api/v1/applications/{id} answered 409, which the document does not list (it lists [200, 404])");
        assertThat(document.violations(List.of("DELETE\t/api/v1/applications/{uuid}\t204")))
                .containsExactly("DELETE /api/v1/applications/{id} answered 204, but the document has no such operation");
        assertThat(document.violations(List.of("POST\t/api/v1/applications/bulk\t413")))
                .as("the literal path wins over the template").hasSize(1);
    }

    /** The document's operations and the status codes each lists. */
    record Document(List<Operation> operations) {

        static Document read(String json) {
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(json);
            } catch (IOException e) {
                throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
            }
            List<Operation> operations = new ArrayList<>();
            root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
                Set<String> statuses = new TreeSet<>();
                method.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), statuses));
            }));
            return new Document(operations);
        }

        List<String> violations(List<String> answers) {
            List<String> violations = new ArrayList<>();
            for (String answer : answers) {
                String[] fields = answer.split("\t");
                String method = fields[0];
                String path = fields[1];
                String status = fields[2];
                if (status.equals("101") || FRAMEWORK_METHODS.contains(method) || NOT_PART_OF_THE_CONTRACT.contains(path)) {
                    continue; // a WebSocket upgrade (the streams' other protocol), or what JAX-RS answers for any path
                }
                Optional<String> template = templateOf(path);
                boolean succeeded = status.startsWith("2") || status.startsWith("3");
                if (template.isEmpty()) {
                    if (succeeded) {
                        violations.add(method + " " + path + " answered " + status + ", but the document has no such path");
                    }
                    continue;
                }
                Optional<Operation> operation = operations.stream()
                        .filter(o -> o.path().equals(template.get()) && o.method().equals(method)).findFirst();
                if (operation.isEmpty()) {
                    if (succeeded) {
                        violations.add(method + " " + template.get() + " answered " + status
                                + ", but the document has no such operation");
                    }
                } else if (!operation.get().statuses().contains(status) && !operation.get().statuses().contains("default")) {
                    violations.add(method + " " + template.get() + " answered " + status
                            + ", which the document does not list (it lists " + operation.get().statuses() + ")");
                }
            }
            return violations.stream().distinct().sorted().toList();
        }

        /** The documented path the request path falls under; literal segments beat parameters (bulk before {id}). */
        private Optional<String> templateOf(String path) {
            String[] segments = path.split("/", -1);
            return operations.stream().map(Operation::path).distinct()
                    .filter(template -> matches(template.split("/", -1), segments))
                    .max(Comparator.comparingLong(template -> template.chars().filter(c -> c == '{').count() * -1));
        }

        private static boolean matches(String[] template, String[] segments) {
            if (template.length != segments.length) {
                return false;
            }
            for (int i = 0; i < template.length; i++) {
                boolean parameter = template[i].startsWith("{");
                if (!parameter && !template[i].equals(segments[i]) || parameter && segments[i].isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    record Operation(String method, String path, Set<String> statuses) {
    }
}
