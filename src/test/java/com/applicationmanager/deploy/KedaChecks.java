package com.applicationmanager.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The KEDA objects, whose trigger metadata the CRD leaves free-form: the queue must be the work queue the
 * application consumes, counted through the management API (ready + unacknowledged), with credentials only
 * in the TriggerAuthentication.
 */
final class KedaChecks {

    private KedaChecks() {
    }

    static List<String> scaledWorker(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        List<Manifest> scaledObjects = rendering.ofKind("ScaledObject");
        Manifest worker = rendering.deployment("worker");
        if (scaledObjects.size() != 1) {
            return List.of(rendering + " renders " + scaledObjects.size() + " ScaledObjects, not one for the workers");
        }
        Manifest scaled = scaledObjects.get(0);
        JsonNode spec = scaled.at("/spec");
        Map<String, String> environment = PodEnvironment.of(rendering, worker.containers().get(0));
        String prefix = environment.getOrDefault("APP_MESSAGING_PREFIX", ApplicationTruth.defaultMessagingPrefix());
        int concurrency = Integer.parseInt(environment.getOrDefault("APP_WORKER_CONCURRENCY", "8"));

        check(problems, spec.at("/scaleTargetRef/name").asText().equals(worker.name()), scaled + " does not scale " + worker.name());
        check(problems, !worker.at("/spec").has("replicas"), worker + " sets replicas, which fights KEDA on every apply");
        check(problems, spec.path("minReplicaCount").asInt(-1) >= 0
                && spec.path("minReplicaCount").asInt() <= spec.path("maxReplicaCount").asInt(), scaled + " has no sane replica range");

        JsonNode work = trigger(spec, ApplicationTruth.workQueue(prefix));
        check(problems, work != null, scaled + " has no trigger on the work queue " + ApplicationTruth.workQueue(prefix));
        check(problems, work == null || (work.at("/metadata/useRegex").asText().equals("true")
                && work.at("/metadata/operation").asText().equals("sum")),
                scaled + ": the work-queue trigger must sum all tier queues (useRegex true, operation sum)");
        check(problems, trigger(spec, ApplicationTruth.deadLetterEventsQueue(prefix)) != null,
                scaled + " never wakes a worker for " + ApplicationTruth.deadLetterEventsQueue(prefix));
        for (JsonNode trigger : spec.path("triggers")) {
            JsonNode metadata = trigger.path("metadata");
            String where = scaled + " trigger " + trigger.path("name").asText();
            check(problems, trigger.path("type").asText().equals("rabbitmq"), where + " is not a rabbitmq trigger");
            check(problems, metadata.path("protocol").asText().equals("http"), where + " does not use the management API (protocol http)");
            check(problems, metadata.path("mode").asText().equals("QueueLength"), where + " does not scale on QueueLength");
            check(problems, metadata.path("excludeUnacknowledged").asText("false").equals("false"), where + " ignores unacknowledged messages");
            check(problems, metadata.path("vhostName").asText().equals(environment.get("RABBITMQ_VIRTUAL_HOST")),
                    where + " watches virtual host " + metadata.path("vhostName") + ", the workers use " + environment.get("RABBITMQ_VIRTUAL_HOST"));
            check(problems, positive(metadata.path("value")), where + " has no positive target value");
            check(problems, metadata.path("activationValue").asText().matches("\\d+"), where + " has no activationValue");
            check(problems, !metadata.has("host") && !metadata.has("username") && !metadata.has("password"),
                    where + " carries connection details; they belong in the TriggerAuthentication");
            check(problems, authenticatesHost(rendering, trigger.at("/authenticationRef/name").asText()),
                    where + " refers to no TriggerAuthentication that supplies the management URL (host)");
        }
        if (work != null && positive(work.at("/metadata/value"))) {
            check(problems, Integer.parseInt(work.at("/metadata/value").asText()) >= concurrency, scaled + ": a target below the prefetch ("
                    + concurrency + ") starts replicas that the messages already in flight cannot keep busy");
        }
        return problems;
    }

    private static JsonNode trigger(JsonNode spec, String queue) {
        return Manifest.stream(spec.path("triggers")).filter(t -> t.at("/metadata/queueName").asText().equals(queue))
                .findFirst().orElse(null);
    }

    private static boolean authenticatesHost(Rendering rendering, String name) {
        return rendering.find("TriggerAuthentication", a -> a.name().equals(name))
                .map(a -> Manifest.stream(a.at("/spec/secretTargetRef")).anyMatch(r -> r.path("parameter").asText().equals("host")))
                .orElse(false);
    }

    private static boolean positive(JsonNode value) {
        return value.isTextual() && value.asText().matches("[1-9]\\d*");
    }

    private static void check(List<String> problems, boolean held, String problem) {
        if (!held) {
            problems.add(problem);
        }
    }
}
