package com.applicationmanager.baseline;

import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.submission.ApplicationRequest;
import com.applicationmanager.tracking.ApplicationStatus;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;

/**
 * One thread per request in progress, from submission to the last step, as a thread-per-request server runs
 * them ({@code app.baseline.threads}): a named Vert.x worker pool of its own, which Quarkus's Vert.x watches for
 * blocked threads and closes. Not Quarkus's default executor (nor a view of it): the notify step waits for a
 * broker confirm whose publish is dispatched to that executor, so with every executor thread waiting for a
 * confirm no publish could run and every request would hang until the confirm timed out (measured: 200 requests
 * at once did exactly that). No virtual threads either: the build targets Java 17.
 */
@ApplicationScoped
public class BaselineThreads {

    private final BaselineService baseline;
    private final WorkerExecutor threads;

    public BaselineThreads(BaselineService baseline, BaselineConfig config, Vertx vertx) {
        this.baseline = baseline;
        this.threads = vertx.createSharedWorkerExecutor("baseline-request", config.threads());
    }

    /** Completes with the final status, or with the refusal or failure exactly as it was thrown. */
    public CompletionStage<Processed> submitAndProcess(ApplicationRequest request, ClientPrincipal client,
            String idempotencyKey) {
        return threads.executeBlocking(() -> {
            BaselineService.Stored stored = baseline.store(request, client, idempotencyKey);
            ApplicationStatus status = stored.message().map(baseline::process).orElse(stored.submission().status());
            return new Processed(stored.submission().id(), status);
        }, false).toCompletionStage();
    }

    @PreDestroy
    void stop() {
        threads.close();
    }

    public record Processed(UUID id, ApplicationStatus status) {
    }
}
