package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every intake replica encrypts the dashboard's session cookie with the same key, taken from a Secret: without it
 * each pod makes its own, and a sign-in fails on the next request that another replica answers.
 */
class SessionKeyTest {

    static final String VARIABLE = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";

    static Stream<Renderings.Source> sources() {
        return Renderings.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void theIntakeTakesTheSessionKeyFromTheAdminSecret(Renderings.Source source) {
        Manifest intake = source.render().ofKind("Deployment").stream()
                .filter(deployment -> deployment.component().equals("intake")).findFirst().orElseThrow();
        JsonNode entry = Manifest.stream(intake.containers().get(0).path("env"))
                .filter(env -> env.path("name").asText().equals(VARIABLE)).findFirst().orElse(null);
        assertThat(entry).as(intake + " sets " + VARIABLE).isNotNull();
        assertThat(entry.has("value")).as("a literal key in a manifest").isFalse();
        assertThat(entry.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("application-manager-admin");
        assertThat(entry.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("session-encryption-key");
    }
}
