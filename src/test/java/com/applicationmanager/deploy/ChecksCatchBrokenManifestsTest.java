package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.kubernetes.client.openapi.models.V1Deployment;

/** Each check fails on the mistake it exists for; otherwise a green run would prove nothing. */
class ChecksCatchBrokenManifestsTest {

    private static final String WORKER_CONTAINER = "/spec/template/spec/containers/0";

    @Test
    void aRenamedVariableIsCaught() {
        Rendering broken = broken("Deployment", "worker", d -> env(d, "APP_WORKER_CONCURRENCY").put("name", "APP_WORKER_CONCURENCY"));
        assertThat(ManifestChecks.environmentNames(broken)).anyMatch(p -> p.contains("APP_WORKER_CONCURENCY"));
    }

    @Test
    void aProbePathTheApplicationDoesNotServeIsCaught() {
        Rendering broken = broken("Deployment", "intake",
                d -> ((ObjectNode) d.at(WORKER_CONTAINER + "/readinessProbe/httpGet")).put("path", "/q/health/readyz"));
        assertThat(ManifestChecks.probes(broken)).anyMatch(p -> p.contains("/q/health/readyz"));
    }

    @Test
    void aWorkerRunningAnotherRoleIsCaught() {
        Rendering broken = broken("Deployment", "worker", d -> env(d, "APP_ROLE").put("value", "all"));
        assertThat(ManifestChecks.roles(broken)).anyMatch(p -> p.contains("APP_ROLE=all"));
    }

    @Test
    void aTriggerOnAnotherQueueOrOverAmqpIsCaught() {
        Rendering broken = broken("ScaledObject", null, s -> ((ObjectNode) s.at("/spec/triggers/0/metadata"))
                .put("queueName", "applications.work-typo").put("protocol", "amqp"));
        assertThat(KedaChecks.scaledWorker(broken))
                .anyMatch(p -> p.contains("no trigger on the work queue"))
                .anyMatch(p -> p.contains("protocol http"));
    }

    @Test
    void aGracePeriodShorterThanTheShutdownIsCaught() {
        Rendering broken = broken("Deployment", "worker", d -> ((ObjectNode) d.at("/spec/template/spec")).put("terminationGracePeriodSeconds", 30));
        assertThat(OperationalChecks.workerShutdown(broken)).singleElement().asString().contains("terminationGracePeriodSeconds 30");
    }

    @Test
    void aGracePeriodThatLeavesOutTheConsumersDrainIsCaught() {
        // a grace period that counts the HTTP drain and the exit but not the consumer's drain
        Rendering broken = broken("Deployment", "worker", d -> ((ObjectNode) d.at("/spec/template/spec")).put("terminationGracePeriodSeconds", 15));
        assertThat(OperationalChecks.workerShutdown(broken)).singleElement().asString()
                .contains("terminationGracePeriodSeconds 15").contains("75 s");
        Rendering unset = broken("Deployment", "worker", d -> {
            ArrayNode env = (ArrayNode) d.at(WORKER_CONTAINER + "/env");
            env.remove(indexOf(env, "APP_WORKER_SHUTDOWN_GRACE"));
        });
        assertThat(OperationalChecks.workerShutdown(unset)).singleElement().asString().contains("leaves a shutdown wait to its default");
    }

    @Test
    void privilegeEscalationIsCaught() {
        Rendering broken = broken("Deployment", "intake",
                d -> ((ObjectNode) d.at(WORKER_CONTAINER + "/securityContext")).put("allowPrivilegeEscalation", true));
        assertThat(OperationalChecks.hardening(broken)).singleElement().asString().contains("allowPrivilegeEscalation");
    }

    @Test
    void theCoreSchemaRejectsUnknownFieldsAndWrongTypes() {
        Manifest deployment = broken("Deployment", "intake", d -> {
            ((ObjectNode) d.at("/spec")).put("replica", 2);
            ((ObjectNode) d.at(WORKER_CONTAINER + "/ports/0")).put("containerPort", "8080");
        }).deployment("intake");
        assertThat(StrictCoreSchema.problems(deployment.body(), V1Deployment.class)).singleElement().asString().contains("replica");
        ((ObjectNode) deployment.at("/spec")).remove("replica");
        assertThat(StrictCoreSchema.problems(deployment.body(), V1Deployment.class)).singleElement().asString().contains("containerPort");
    }

    @Test
    void theCrdSchemaRejectsUnknownFieldsInCustomResources() {
        Rendering broken = broken("ScaledObject", null, s -> ((ObjectNode) s.at("/spec")).put("minReplicas", 0));
        assertThat(CrdSchemas.problems(broken.ofKind("ScaledObject").get(0).body())).anyMatch(p -> p.contains("minReplicas"));
        Rendering monitor = broken("ServiceMonitor", null, m -> ((ObjectNode) m.at("/spec/endpoints/0")).put("paht", "/q/metrics"));
        assertThat(CrdSchemas.problems(monitor.ofKind("ServiceMonitor").get(0).body())).anyMatch(p -> p.contains("paht"));
    }

    /** The chart's default rendering with one change to the objects of a kind (and role). */
    private static Rendering broken(String kind, String component, Consumer<ObjectNode> change) {
        Rendering original = Renderings.helm().findFirst().orElseThrow().render();
        return new Rendering("broken " + original.name(), original.manifests().stream().map(m -> {
            ObjectNode body = m.body().deepCopy();
            if (m.kind().equals(kind) && (component == null || m.component().equals(component))) {
                change.accept(body);
            }
            return new Manifest(m.source(), body);
        }).toList());
    }

    private static int indexOf(ArrayNode env, String name) {
        for (int i = 0; i < env.size(); i++) {
            if (env.get(i).path("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no " + name + " in " + env);
    }

    private static ObjectNode env(ObjectNode deployment, String name) {
        return (ObjectNode) Manifest.stream(deployment.at(WORKER_CONTAINER + "/env"))
                .filter(e -> e.path("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
