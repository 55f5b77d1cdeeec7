package com.applicationmanager.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares rendered manifests with what the application serves and reads (ApplicationTruth). Each check
 * returns its problems rather than asserting, so that tests can also prove a check catches a broken manifest.
 */
final class ManifestChecks {

    /** Settings without which a pod of either role cannot start in a cluster. */
    static final Set<String> REQUIRED = Set.of("APP_ROLE", "APP_MESSAGING_PREFIX", "APP_DATABASE_SCHEMA",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "RABBITMQ_HOST", "RABBITMQ_PORT", "RABBITMQ_USERNAME", "RABBITMQ_PASSWORD", "RABBITMQ_VIRTUAL_HOST");

    private ManifestChecks() {
    }

    static List<String> probes(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        for (Manifest deployment : rendering.ofKind("Deployment")) {
            for (JsonNode container : deployment.containers()) {
                for (String probe : List.of("startup", "liveness", "readiness")) {
                    JsonNode get = container.at("/" + probe + "Probe/httpGet");
                    String expected = ApplicationTruth.healthPath(probe);
                    if (!get.path("path").asText().equals(expected)) {
                        problems.add(deployment + ": " + probe + " probe asks " + get.path("path") + ", the app serves " + expected);
                    }
                    if (containerPort(container, get.path("port")) != servedPort(rendering, container)) {
                        problems.add(deployment + ": " + probe + " probe port " + get.path("port") + " is not the port the app listens on");
                    }
                }
            }
        }
        return problems;
    }

    /** The container's http port must be the one the application listens on. */
    static List<String> ports(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        for (Manifest deployment : rendering.ofKind("Deployment")) {
            for (JsonNode container : deployment.containers()) {
                int served = servedPort(rendering, container);
                if (served != ApplicationTruth.httpPort()) {
                    problems.add(deployment + ": QUARKUS_HTTP_PORT " + served + " differs from quarkus.http.port " + ApplicationTruth.httpPort());
                }
                if (containerPort(container, container.path("ports").path(0).path("name")) != served) {
                    problems.add(deployment + ": container port " + container.path("ports") + " is not " + served);
                }
            }
        }
        return problems;
    }

    static List<String> environmentNames(Rendering rendering) {
        Set<String> known = ApplicationTruth.environmentVariables();
        List<String> problems = new ArrayList<>();
        for (Manifest deployment : rendering.ofKind("Deployment")) {
            for (JsonNode container : deployment.containers()) {
                Map<String, String> environment = PodEnvironment.of(rendering, container);
                environment.keySet().stream().filter(name -> !known.contains(name))
                        .forEach(name -> problems.add(deployment + " sets " + name + ", which the application does not read"));
                REQUIRED.stream().filter(name -> !environment.containsKey(name))
                        .forEach(name -> problems.add(deployment + " does not set " + name));
            }
        }
        return problems;
    }

    /** Exactly one Deployment per role, each running its own role (never "all", which is for local development). */
    static List<String> roles(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        List<Manifest> deployments = rendering.ofKind("Deployment");
        List<String> components = deployments.stream().map(Manifest::component).sorted().toList();
        if (!components.equals(List.of("intake", "worker"))) {
            problems.add(rendering + " renders Deployments for " + components + ", not one intake and one worker");
        }
        for (Manifest deployment : deployments) {
            for (JsonNode container : deployment.containers()) {
                String role = PodEnvironment.of(rendering, container).get("APP_ROLE");
                if (!ApplicationTruth.roles().contains(role) || !deployment.component().equals(role)) {
                    problems.add(deployment + " runs APP_ROLE=" + role + "; the application knows " + ApplicationTruth.roles());
                }
            }
        }
        return problems;
    }

    static int servedPort(Rendering rendering, JsonNode container) {
        String port = PodEnvironment.of(rendering, container).get("QUARKUS_HTTP_PORT");
        return port == null ? ApplicationTruth.httpPort() : Integer.parseInt(port);
    }

    /** A port reference (number or name) resolved against the container's ports; -1 when nothing matches. */
    static int containerPort(JsonNode container, JsonNode reference) {
        if (reference.isInt()) {
            return reference.asInt();
        }
        return Manifest.stream(container.path("ports")).filter(p -> p.path("name").asText().equals(reference.asText()))
                .mapToInt(p -> p.path("containerPort").asInt()).findFirst().orElse(-1);
    }
}
