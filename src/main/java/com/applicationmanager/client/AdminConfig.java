package com.applicationmanager.client;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The operator: the credentials (HTTP Basic, role {@code admin}, never a client key) and the limits of the admin
 * tools (docs/operations.md).
 */
@ConfigMapping(prefix = "app.admin")
public interface AdminConfig {

    /** User name of the operator credential. */
    @WithDefault("admin")
    String username();

    /** Its password (APP_ADMIN_PASSWORD, from a Secret); required where the API is served in production. */
    Optional<String> password();

    /**
     * Named operator accounts, user name to password ({@code app.admin.accounts.alice=…}), beside the one
     * above; each operator signs in as themself, so the audit log says who did what.
     */
    Map<String, String> accounts();

    /** Shortest operator password a process serving the API starts with. */
    @WithDefault("16")
    int minPasswordLength();

    /**
     * Largest dead-letter queue the admin tools read in one go (at most 65535, the AMQP prefetch limit). A browse
     * takes the whole queue for a moment, which is what keeps its order; above this it is refused. A reprocess
     * handles this many per request and says how many remain.
     */
    @WithDefault("10000")
    @Min(1)
    @Max(65535)
    int maxDeadLetters();

    /** How often each worker reads the pause switch and reports what it applied. */
    @WithDefault("2s")
    Duration consumptionPollInterval();

    /** Sign-in throttling against password guessing. */
    SignIn signIn();

    interface SignIn {
        /** Failed sign-ins of one user name before its further attempts wait. */
        @WithDefault("5")
        int maxFailuresPerUser();

        /** Failed sign-ins from one address (any user names) before its further attempts wait. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** The first wait; it doubles with every further failure, up to {@code max-wait}. */
        @WithDefault("30s")
        Duration firstWait();

        /** The longest wait; failures older than this are forgotten. */
        @WithDefault("15m")
        Duration maxWait();

        /** User names and addresses remembered at most (the least recent are forgotten first). */
        @WithDefault("10000")
        int tracked();
    }
}
