package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every rendering that fences the pods lets in only the callers that need them, and lets the pods out to
 * what the roles really use: DNS, PostgreSQL, AMQP, the management API, and the trace collector when on.
 */
class NetworkPolicyTest {

    @TempDir
    Path folder;

    static List<Renderings.Source> fenced() {
        return Renderings.all().filter(source -> !source.render().ofKind("NetworkPolicy").isEmpty()).toList();
    }

    @ParameterizedTest
    @MethodSource("fenced")
    void onlyNamedSourcesReachThePodsAndTheManagementApiIsReachable(Renderings.Source source) {
        List<Manifest> policies = source.render().ofKind("NetworkPolicy");
        assertThat(policies).hasSize(2);
        for (Manifest policy : policies) {
            for (JsonNode rule : policy.at("/spec/ingress")) {
                assertThat(rule.path("from").size()).as(policy.name() + " lets every pod in").isPositive();
            }
            assertThat(egressPorts(policy)).as(policy.name()).contains(53, 5672, 15672);
            assertThat(egressPorts(policy)).as(policy.name() + " without tracing").doesNotContain(4317);
        }
    }

    @Test
    void tracingOpensTheCollectorsPort() throws IOException {
        Path values = Files.writeString(folder.resolve("values.yaml"),
                "tracing: {otlpEndpoint: 'http://otel-collector.observability:4317'}");
        Rendering rendering = Rendering.parse("tracing", Renderings.template(values));
        for (Manifest policy : rendering.ofKind("NetworkPolicy")) {
            assertThat(egressPorts(policy)).as(policy.name()).contains(4317);
        }
    }

    private static List<Integer> egressPorts(Manifest policy) {
        List<Integer> ports = new ArrayList<>();
        for (JsonNode rule : policy.at("/spec/egress")) {
            for (JsonNode port : rule.path("ports")) {
                ports.add(port.path("port").asInt());
            }
        }
        return ports;
    }
}
