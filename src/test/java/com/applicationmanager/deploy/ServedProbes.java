package com.applicationmanager.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Asks a running application of one role every path the rendered manifests probe or scrape it on. (The port
 * is checked offline: in test mode Quarkus listens on a random test port.)
 */
final class ServedProbes {

    private ServedProbes() {
    }

    static void answerOnARunningApplication(String role) {
        List<String> paths = new ArrayList<>();
        Renderings.helm().forEach(source -> {
            JsonNode container = source.render().deployment(role).containers().get(0);
            for (String probe : List.of("startup", "liveness", "readiness")) {
                paths.add(container.at("/" + probe + "Probe/httpGet/path").asText());
            }
            source.render().ofKind("ServiceMonitor").forEach(m -> m.at("/spec/endpoints").forEach(e -> paths.add(e.path("path").asText())));
        });
        assertThat(paths).isNotEmpty();
        for (String path : paths.stream().distinct().toList()) {
            Awaitility.await("GET " + path + " answers 200").atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(path).then().statusCode(200));
        }
    }

    /** The role under test, with broker names of its own so that it never consumes another test's messages. */
    abstract static class RoleProfile implements QuarkusTestProfile {

        private final String role;

        RoleProfile(String role) {
            this.role = role;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.role", role, "app.messaging.prefix", "test.deploy-" + role);
        }
    }

    public static class IntakeProfile extends RoleProfile {
        public IntakeProfile() {
            super("intake");
        }
    }

    public static class WorkerProfile extends RoleProfile {
        public WorkerProfile() {
            super("worker");
        }
    }
}
