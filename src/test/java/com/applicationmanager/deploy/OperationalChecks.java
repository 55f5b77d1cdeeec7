package com.applicationmanager.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Services, scraping, shutdown and pod hardening, checked on what a chart or overlay renders. */
final class OperationalChecks {

    private OperationalChecks() {
    }

    /** Every Service selects a Deployment's pods and targets one of their ports; monitors scrape the metrics path. */
    static List<String> servicesAndMonitors(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        for (Manifest service : rendering.ofKind("Service")) {
            Manifest deployment = rendering.find("Deployment", d -> selects(service.at("/spec/selector"), d.at("/spec/template/metadata/labels")))
                    .orElse(null);
            if (deployment == null) {
                problems.add(service + " selects no pods");
                continue;
            }
            for (JsonNode port : service.at("/spec/ports")) {
                if (ManifestChecks.containerPort(deployment.containers().get(0), port.path("targetPort")) < 0) {
                    problems.add(service + " targets port " + port.path("targetPort") + ", which " + deployment + " does not declare");
                }
            }
        }
        for (Manifest monitor : rendering.ofKind("ServiceMonitor")) {
            List<Manifest> services = rendering.ofKind("Service").stream()
                    .filter(s -> selects(monitor.at("/spec/selector"), s.at("/metadata/labels"))).toList();
            if (services.size() != 2) {
                problems.add(monitor + " selects " + services.size() + " Services, not the intake's and the worker's");
            }
            for (JsonNode endpoint : monitor.at("/spec/endpoints")) {
                if (!endpoint.path("path").asText().equals(ApplicationTruth.metricsPath())) {
                    problems.add(monitor + " scrapes " + endpoint.path("path") + ", the app serves " + ApplicationTruth.metricsPath());
                }
                services.stream().filter(s -> Manifest.stream(s.at("/spec/ports")).noneMatch(p -> p.path("name").equals(endpoint.path("port"))))
                        .forEach(s -> problems.add(monitor + " scrapes port " + endpoint.path("port") + ", which " + s + " lacks"));
            }
        }
        return problems;
    }

    /** Time the JVM is given to exit after the last wait: closing connections, flushing logs and metrics. */
    static final long EXIT_MARGIN_SECONDS = 10;

    /**
     * The worker's grace period covers its shutdown, whose waits run one after the other: the HTTP drain
     * (QUARKUS_SHUTDOWN_TIMEOUT), the consumer's drain of the batches in flight (APP_WORKER_SHUTDOWN_GRACE), and a
     * margin for the exit; so the kubelet never kills a worker mid-application.
     */
    static List<String> workerShutdown(Rendering rendering) {
        Manifest worker = rendering.deployment("worker");
        Map<String, String> environment = PodEnvironment.of(rendering, worker.containers().get(0));
        String httpDrain = environment.get(ApplicationTruth.envName(ApplicationTruth.shutdownTimeoutProperty()));
        String consumerDrain = environment.get(ApplicationTruth.envName(ApplicationTruth.workerShutdownGraceProperty()));
        if (httpDrain == null || consumerDrain == null) {
            return List.of(worker + " leaves a shutdown wait to its default (found " + httpDrain + ", " + consumerDrain + ")");
        }
        long needed = seconds(httpDrain) + seconds(consumerDrain) + EXIT_MARGIN_SECONDS;
        long grace = worker.at("/spec/template/spec/terminationGracePeriodSeconds").asLong(30);
        return grace >= needed ? List.of()
                : List.of(worker + ": terminationGracePeriodSeconds " + grace + " is less than the " + needed
                        + " s its shutdown needs (" + httpDrain + " + " + consumerDrain + " + "
                        + EXIT_MARGIN_SECONDS + " s)");
    }

    /** The restricted Pod Security Standard, plus requests and limits on every container. */
    static List<String> hardening(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        for (Manifest deployment : rendering.ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            require(problems, deployment, "runAsNonRoot", pod.at("/securityContext/runAsNonRoot").asBoolean(false));
            require(problems, deployment, "seccomp RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText().equals("RuntimeDefault"));
            require(problems, deployment, "no service account token", !pod.path("automountServiceAccountToken").asBoolean(true));
            for (JsonNode container : deployment.containers()) {
                JsonNode security = container.path("securityContext");
                require(problems, deployment, "allowPrivilegeEscalation false", !security.path("allowPrivilegeEscalation").asBoolean(true));
                require(problems, deployment, "readOnlyRootFilesystem", security.path("readOnlyRootFilesystem").asBoolean(false));
                require(problems, deployment, "capabilities drop ALL", security.at("/capabilities/drop").toString().contains("\"ALL\""));
                for (String bound : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                    require(problems, deployment, "resources " + bound, !container.at("/resources/" + bound).isMissingNode());
                }
            }
        }
        return problems;
    }

    /** A Quarkus duration: plain seconds, an ISO-8601 duration, or a number with a unit (10s, 2m). */
    private static long seconds(String duration) {
        if (duration.matches("\\d+")) {
            return Long.parseLong(duration);
        }
        return Duration.parse(duration.startsWith("PT") ? duration : "PT" + duration.toUpperCase(Locale.ROOT)).toSeconds();
    }

    private static void require(List<String> problems, Manifest deployment, String what, boolean held) {
        if (!held) {
            problems.add(deployment + " lacks " + what);
        }
    }

    /** A label selector (matchLabels, or a Service's plain map) matches a set of labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode required = selector.has("matchLabels") ? selector.get("matchLabels") : selector;
        return !required.isEmpty() && required.properties().stream()
                .allMatch(label -> labels.path(label.getKey()).equals(label.getValue()));
    }
}
