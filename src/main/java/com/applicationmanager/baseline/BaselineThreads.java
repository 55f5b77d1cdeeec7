package com.applicationmanager.baseline;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.submission.ApplicationRequest;
import com.applicationmanager.tracking.ApplicationStatus;

/**
 * One thread per request in progress, from submission to the last step, as a thread-per-request server runs
 * them ({@code app.baseline.threads}). Not Quarkus's default executor: the notify step waits for a broker
 * confirm whose publish is dispatched to that executor, so with every executor thread waiting for a confirm no
 * publish could run and every request would hang until the confirm timed out (measured: 200 requests at once
 * did exactly that). The worker role is safe for the same reason: its steps run on the application-workers pool.
 */
@ApplicationScoped
public class BaselineThreads {

    private final BaselineService baseline;
    private final ExecutorService threads;

    public BaselineThreads(BaselineService baseline, BaselineConfig config) {
        this.baseline = baseline;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(config.threads(),
                r -> new Thread(r, "baseline-request-" + number.incrementAndGet()));
    }

    /** Completes with the final status, or with the refusal or failure exactly as it was thrown. */
    public CompletionStage<Processed> submitAndProcess(ApplicationRequest request, ClientPrincipal client,
            String idempotencyKey) {
        CompletableFuture<Processed> answer = new CompletableFuture<>();
        threads.execute(() -> {
            try {
                BaselineService.Stored stored = baseline.store(request, client, idempotencyKey);
                ApplicationStatus status = stored.message().map(baseline::process).orElse(stored.submission().status());
                answer.complete(new Processed(stored.submission().id(), status));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }

    public record Processed(UUID id, ApplicationStatus status) {
    }
}
