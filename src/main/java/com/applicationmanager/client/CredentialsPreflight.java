package com.applicationmanager.client;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.applicationmanager.role.Role;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with credentials that would make the API unsafe: a process that serves the API in
 * production needs an operator password from its environment, no operator password may be shorter than
 * {@code app.admin.min-password-length} (in any mode), and a bootstrap key must not be guessable.
 * Dev and test profiles carry local-only values, so this never stands in the way there.
 */
@ApplicationScoped
public class CredentialsPreflight {

    static final int MIN_SECRET_LENGTH = 20;

    private final AdminConfig admin;
    private final BootstrapClientConfig bootstrap;
    private final Role role;

    public CredentialsPreflight(AdminConfig admin, BootstrapClientConfig bootstrap,
            @ConfigProperty(name = "app.role") Role role) {
        this.admin = admin;
        this.bootstrap = bootstrap;
        this.role = role;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event) {
        if (!role.servesApi()) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL && admin.password().filter(p -> !p.isBlank()).isEmpty()
                && admin.accounts().isEmpty()) {
            throw new IllegalStateException("Set APP_ADMIN_PASSWORD (app.admin.password) or named operator accounts "
                    + "(app.admin.accounts.<name>), the operator credentials of the admin API; a process serving the "
                    + "API does not start without one in production");
        }
        admin.password().filter(p -> !p.isBlank() && p.length() < admin.minPasswordLength()).ifPresent(p -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least " + admin.minPasswordLength()
                    + " characters (app.admin.min-password-length)");
        });
        admin.accounts().forEach((name, password) -> {
            if (password.length() < admin.minPasswordLength()) {
                throw new IllegalStateException("The password of operator account '" + name + "' must have at least "
                        + admin.minPasswordLength() + " characters (app.admin.min-password-length)");
            }
        });
        bootstrap.key().filter(key -> key.length() < MIN_SECRET_LENGTH || key.length() > ApiKeys.MAX_LENGTH)
                .ifPresent(key -> {
                    throw new IllegalStateException("APP_BOOTSTRAP_CLIENT_KEY must have " + MIN_SECRET_LENGTH
                            + " to " + ApiKeys.MAX_LENGTH + " characters");
                });
    }
}
