package com.applicationmanager.live;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.applicationmanager.role.Role;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Answers a WebSocket handshake before it upgrades: 404 on a worker process (upgrades bypass the REST
 * filters, so RoleApiFilter does not see them) and 404 for an application that does not exist.
 */
@ApplicationScoped
public class LiveUpgradeCheck implements HttpUpgradeCheck {

    private final Role role;
    private final StoredTimeline timeline;

    public LiveUpgradeCheck(@ConfigProperty(name = "app.role") Role role, StoredTimeline timeline) {
        this.role = role;
        this.timeline = timeline;
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (!role.servesApi()) {
            return CheckResult.rejectUpgrade(404);
        }
        String id = context.pathParam("id");
        if (id == null) {
            return CheckResult.permitUpgrade();
        }
        UUID applicationId;
        try {
            applicationId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return CheckResult.rejectUpgrade(404);
        }
        Context eventLoop = Vertx.currentContext();
        // the look-up blocks, so it runs on a worker; the handshake continues on the connection's event loop
        return Uni.createFrom().item(() -> timeline.exists(applicationId))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> eventLoop.runOnContext(ignored -> task.run()))
                .map(exists -> exists ? CheckResult.permitUpgradeSync() : CheckResult.rejectUpgradeSync(404));
    }
}
