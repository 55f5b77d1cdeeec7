package com.applicationmanager.client;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import com.applicationmanager.role.Role;

/** The start-up check alone: short operator passwords stop the process before it serves anything. */
class CredentialsPreflightTest {

    @Test
    void aShortOperatorPasswordOrAccountPasswordStopsTheStart() {
        assertThatThrownBy(() -> start(admin(Optional.of("short-password"), Map.of())))
                .hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> start(admin(Optional.of("a-long-enough-operator-password"), Map.of("alice", "letmein"))))
                .hasMessageContaining("'alice'");
    }

    @Test
    void longPasswordsPass() {
        assertThatCode(() -> start(admin(Optional.of("a-long-enough-operator-password"),
                Map.of("alice", "alice-long-enough-password")))).doesNotThrowAnyException();
    }

    private static void start(AdminConfig admin) {
        new CredentialsPreflight(admin, new NoBootstrapKey(), Role.ALL).onStart(null);
    }

    private static AdminConfig admin(Optional<String> password, Map<String, String> accounts) {
        return new Operators(password, accounts);
    }

    /** A record, not an anonymous class: Quarkus refuses an anonymous class whose methods inherit constraints (maxDeadLetters). */
    private record Operators(Optional<String> password, Map<String, String> accounts) implements AdminConfig {

        @Override
        public String username() {
            return "admin";
        }

        @Override
        public int minPasswordLength() {
            return 16;
        }

        @Override
        public int maxDeadLetters() {
            throw new UnsupportedOperationException("not read at start");
        }

        @Override
        public Duration consumptionPollInterval() {
            throw new UnsupportedOperationException("not read at start");
        }

        @Override
        public SignIn signIn() {
            throw new UnsupportedOperationException("not read at start");
        }
    }

    private static final class NoBootstrapKey implements BootstrapClientConfig {
        @Override
        public Optional<String> key() {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "bootstrap";
        }

        @Override
        public String tenant() {
            return "public";
        }

        @Override
        public String tier() {
            return "free";
        }

        @Override
        public OptionalInt rateLimitPerMinute() {
            return OptionalInt.empty();
        }
    }
}
