package com.applicationmanager.worker;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.BatchStep;
import com.applicationmanager.pipeline.CompletionMessage;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.Pipeline;
import com.applicationmanager.pipeline.ProcessingStep;
import com.applicationmanager.pipeline.StepResult;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.worker.ProcessingLedger.ClaimRequest;
import com.applicationmanager.worker.ProcessingLedger.StepOutput;
import com.applicationmanager.worker.ProcessingLedger.Unsent;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a batch of applications: a claim, a run, a commit. The claim takes every application of the batch in one
 * update; the steps then run step by step across the batch (a {@link BatchStep} once for all, a plain step once
 * per application, in parallel so that slow ones overlap); outputs of steps without side effects stay in memory.
 * A step with side effects runs inside a transaction that holds the batch's rows, records its outputs and, when
 * it is the last step, completes the applications: so a withdrawal committed before it is seen, and a
 * withdrawal after it waits until it is recorded. Idempotent: an application already final is left alone, and a
 * step with a recorded output is not run again, so a redelivery resumes where the last attempt stopped.
 * A failure concerns its own application only; the rest of the batch commits.
 */
@ApplicationScoped
public class ApplicationProcessor {

    /** UNSENT: completed, but its completion message was not confirmed; a later delivery sends it. */
    public enum Outcome { COMPLETED, ALREADY_DONE, WITHDRAWN, HELD_ELSEWHERE, UNSENT, FAILED }

    /** What became of one delivery; {@code step} (null: the worker's own bookkeeping) and {@code cause} only for FAILED. */
    public record Result(Outcome outcome, String step, Throwable cause) {

        static final Result COMPLETED = new Result(Outcome.COMPLETED, null, null);
        static final Result ALREADY_DONE = new Result(Outcome.ALREADY_DONE, null, null);
        static final Result WITHDRAWN = new Result(Outcome.WITHDRAWN, null, null);
        static final Result HELD_ELSEWHERE = new Result(Outcome.HELD_ELSEWHERE, null, null);
        static final Result UNSENT = new Result(Outcome.UNSENT, null, null);

        static Result failed(String step, Throwable cause) {
            return new Result(Outcome.FAILED, step, cause);
        }
    }

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    private final ProcessingLedger ledger;
    private final Pipeline pipeline;
    private final StepRunner runner;
    private final WorkerConfig config;
    private final MeterRegistry meters;
    private final DistributionSummary batchSizes;
    private final ExecutorService plainSteps;
    private final Map<String, CompletionMessage> messengers;
    private final AtomicLong batches = new AtomicLong();
    /** Holders whose claims could not be given back (the database went away); given back before the next claim. */
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    /** Messages confirmed whose stored copy could not be deleted then; deleted with the abandoned claims. */
    private final Set<String> confirmedUndeleted = ConcurrentHashMap.newKeySet();

    public ApplicationProcessor(ProcessingLedger ledger, Pipeline pipeline, StepRunner runner, WorkerConfig config,
            MeterRegistry meters, Instance<CompletionMessage> messengers) {
        this.messengers = messengers.stream().collect(Collectors.toMap(CompletionMessage::id, Function.identity()));
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.runner = runner;
        this.config = config;
        this.meters = meters;
        this.batchSizes = DistributionSummary.builder("applications.worker.batch.size")
                .description("Deliveries processed per batch: one claim, one commit").register(meters);
        // one thread per application in flight: plain steps wait on I/O, and those waits must overlap. A pool of
        // its own, not Quarkus's managed one: that one is shared and sized for requests; a step needs only its
        // trace context, which Context.wrap below carries
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.concurrency(), config.concurrency(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> new Thread(r, "application-steps"));
        pool.allowCoreThreadTimeOut(true);
        this.plainSteps = pool;
    }

    @PreDestroy
    void stop() {
        plainSteps.shutdownNow();
    }

    /** A batch's results, one per message in order, and the claim they were processed under. */
    public record Batch(String holder, List<Result> results) {
    }

    /** @param quiet applications whose attempt is not announced again on the timeline (a wait for an outage) */
    public Batch process(List<ApplicationMessage> messages, Set<UUID> quiet) {
        long started = System.nanoTime();
        batchSizes.record(messages.size());
        String holder = INSTANCE + "#" + batches.incrementAndGet();
        Map<UUID, Result> results = new HashMap<>();
        ProcessingLedger.Claim claim;
        try {
            releaseAbandoned();
            claim = ledger.claim(messages.stream()
                    .map(m -> new ClaimRequest(m.applicationId(), m.attempt(), !quiet.contains(m.applicationId())))
                    .toList(), holder, config.claimLease());
        } catch (RuntimeException e) {
            // the claim may have committed before the connection broke: give it back once the database answers
            abandoned.add(holder);
            Result failed = Result.failed(null, e);
            return new Batch(holder, messages.stream().map(m -> failed).toList());
        }
        claim.others().forEach((id, status) -> results.put(id, status == null
                ? Result.failed(null, new PermanentFailure("No application " + id + " is stored"))
                : status == ApplicationStatus.WITHDRAWN ? Result.WITHDRAWN
                : status.isFinal() ? Result.ALREADY_DONE : Result.HELD_ELSEWHERE));
        List<Unsent> toSend = new ArrayList<>(unsentOfCompleted(claim.others(), holder));
        // job types that share their steps (all of the default ones) run together: one lookup and one commit
        Map<String, List<ApplicationSnapshot>> byType = new LinkedHashMap<>();
        claim.held().values().forEach(a -> byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a));
        Map<List<ProcessingStep>, List<ApplicationSnapshot>> byPipeline = new LinkedHashMap<>();
        byType.forEach((type, applications) -> byPipeline.computeIfAbsent(pipeline.stepsFor(type), s -> new ArrayList<>())
                .addAll(applications));
        byPipeline.forEach((steps, applications) -> run(steps, applications, holder, results, toSend));
        // each application of the batch took as long as the batch's run
        long took = System.nanoTime() - started;
        claim.held().values().stream().filter(a -> results.get(a.id()) == Result.COMPLETED).forEach(a -> meters
                .timer("applications.processing.duration", "type", a.type()).record(took, TimeUnit.NANOSECONDS));
        send(toSend, holder, results);
        // a second delivery of an application already in this batch waits like one held by another worker
        Set<UUID> seen = new HashSet<>();
        return new Batch(holder, messages.stream().map(m -> seen.add(m.applicationId()) ? results.get(m.applicationId())
                : Result.HELD_ELSEWHERE).toList());
    }

    /**
     * Gives up the claims of a batch's failed applications so that their next delivery takes them at once. When
     * the database is gone, the holder is remembered and its claims given back before the next claim succeeds:
     * otherwise every retry of them would find them held until the lease ran out.
     */
    public void release(Set<UUID> failed, Set<UUID> waiting, String holder) {
        if (failed.isEmpty() && waiting.isEmpty()) {
            return;
        }
        try {
            ledger.release(failed, waiting, holder);
        } catch (RuntimeException e) {
            abandoned.add(holder);
        }
    }

    /** Records an application FAILED that no dead letter will report (the synchronous baseline's failures). */
    public void markFailed(UUID applicationId, String reason, Throwable cause) {
        ledger.deadLettered(applicationId, ApplicationStatus.FAILED, reason, cause.getClass().getSimpleName(),
                cause.getMessage());
    }

    /** Completed applications of the batch whose messages are still unsent, and no one else is sending. */
    private List<Unsent> unsentOfCompleted(Map<UUID, ApplicationStatus> others, String holder) {
        List<UUID> completed = others.entrySet().stream().filter(e -> e.getValue() == ApplicationStatus.COMPLETED)
                .map(Map.Entry::getKey).toList();
        if (completed.isEmpty()) {
            return List.of();
        }
        try {
            return ledger.claimUnsent(completed, holder, config.claimLease());
        } catch (RuntimeException e) {
            abandoned.add(holder);
            return List.of();
        }
    }

    /**
     * After the commit: publishes the batch's completion messages together, awaits their confirms together, then
     * deletes the confirmed ones and gives up the claims in one statement. An unconfirmed one stays stored, and
     * its delivery waits for another try.
     */
    private void send(List<Unsent> toSend, String holder, Map<UUID, Result> results) {
        if (toSend.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        Map<String, List<Unsent>> byStep = new LinkedHashMap<>();
        toSend.forEach(u -> byStep.computeIfAbsent(u.step(), s -> new ArrayList<>()).add(u));
        List<Unsent> ordered = new ArrayList<>();
        byStep.forEach((step, messages) -> {
            CompletionMessage messenger = messengers.get(step);
            ordered.addAll(messages);
            if (messenger == null) {
                messages.forEach(m -> confirms.add(CompletableFuture.failedFuture(
                        new IllegalStateException("no step " + step + " sends this message"))));
            } else {
                confirms.addAll(messenger.publish(messages.stream().map(Unsent::message).toList()));
            }
        });
        long deadline = System.nanoTime() + CONFIRM_TIMEOUT.toNanos();
        List<String> confirmed = new ArrayList<>();
        Set<UUID> applications = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            UUID application = ordered.get(i).message().applicationId();
            applications.add(application);
            try {
                confirms.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                confirmed.add(ordered.get(i).message().messageId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.put(application, Result.UNSENT);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                results.put(application, Result.UNSENT);
            }
        }
        try {
            ledger.sent(confirmed, applications, holder);
        } catch (RuntimeException e) {
            // confirmed is confirmed: the deliveries are acknowledged; the claims and the copies go later
            confirmedUndeleted.addAll(confirmed);
            abandoned.add(holder);
        }
    }

    private void releaseAbandoned() {
        if (abandoned.isEmpty()) {
            return;
        }
        Set<String> holders = Set.copyOf(abandoned);
        Set<String> sent = Set.copyOf(confirmedUndeleted);
        ledger.releaseAll(holders, sent);
        abandoned.removeAll(holders);
        confirmedUndeleted.removeAll(sent);
    }

    /** The steps of one pipeline across its applications of the batch, then their commit. */
    private void run(List<ProcessingStep> steps, List<ApplicationSnapshot> applications, String holder,
            Map<UUID, Result> results, List<Unsent> toSend) {
        List<CompletionMessage> completionMessages = steps.stream().filter(CompletionMessage.class::isInstance)
                .map(CompletionMessage.class::cast).toList();
        List<Unsent> made = new ArrayList<>();
        Map<UUID, ApplicationSnapshot> live = new LinkedHashMap<>();
        applications.forEach(a -> live.put(a.id(), a));
        List<StepOutput> unrecorded = new ArrayList<>();
        boolean completed = false;
        try {
            for (int i = 0; i < steps.size(); i++) {
                ProcessingStep step = steps.get(i);
                boolean last = i == steps.size() - 1;
                List<ApplicationSnapshot> pending = live.values().stream()
                        .filter(a -> !a.stepOutputs().containsKey(step.id())).toList();
                if (!step.hasSideEffects()) {
                    apply(step, pending, runPure(step, pending), live, unrecorded, results);
                } else if (!pending.isEmpty() || last) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        Set<UUID> held = ledger.lockHeld(live.keySet(), holder);
                        withdrawn(live, held, results);
                        List<ApplicationSnapshot> toRun = pending.stream().filter(a -> held.contains(a.id())).toList();
                        apply(step, toRun, runWithEffects(step, toRun), live, unrecorded, results);
                        ledger.record(onlyLive(unrecorded, live));
                        if (last) {
                            made.addAll(completeAll(live, holder, results, completionMessages));
                        }
                    });
                    unrecorded.clear();
                    completed = last;
                }
            }
            if (!completed) {
                QuarkusTransaction.requiringNew().run(() -> {
                    ledger.record(onlyLive(unrecorded, live));
                    made.addAll(completeAll(live, holder, results, completionMessages));
                });
            }
            toSend.addAll(made); // committed
        } catch (RuntimeException e) {
            // the database write of the whole group failed: every application still live waits for a retry
            live.keySet().forEach(id -> results.put(id, Result.failed(null, e)));
        }
    }

    /** Completes what is still held, with its completion messages in the same commit; returns those messages. */
    private List<Unsent> completeAll(Map<UUID, ApplicationSnapshot> live, String holder, Map<UUID, Result> results,
            List<CompletionMessage> completionMessages) {
        Set<UUID> done = ledger.complete(live.values(), holder, !completionMessages.isEmpty());
        withdrawn(live, done, results);
        done.forEach(id -> results.put(id, Result.COMPLETED));
        List<Unsent> messages = new ArrayList<>();
        for (CompletionMessage step : completionMessages) {
            live.values().forEach(a -> messages.add(new Unsent(step.id(), step.messageFor(a))));
        }
        ledger.unsent(messages);
        return messages;
    }

    /** Applications no longer held were withdrawn meanwhile: they stop here, before any further step. */
    private static void withdrawn(Map<UUID, ApplicationSnapshot> live, Set<UUID> held, Map<UUID, Result> results) {
        live.keySet().removeIf(id -> {
            if (held.contains(id)) {
                return false;
            }
            results.put(id, Result.WITHDRAWN);
            return true;
        });
    }

    private static List<StepOutput> onlyLive(List<StepOutput> outputs, Map<UUID, ApplicationSnapshot> live) {
        return outputs.stream().filter(o -> live.containsKey(o.applicationId())).toList();
    }

    private static void apply(ProcessingStep step, List<ApplicationSnapshot> ran, List<StepResult> stepResults,
            Map<UUID, ApplicationSnapshot> live, List<StepOutput> unrecorded, Map<UUID, Result> results) {
        for (int i = 0; i < ran.size(); i++) {
            ApplicationSnapshot application = ran.get(i);
            StepResult result = stepResults.get(i);
            if (result.failure() != null) {
                live.remove(application.id());
                results.put(application.id(), Result.failed(step.id(), result.failure()));
                continue;
            }
            Map<String, Map<String, Object>> outputs = new LinkedHashMap<>(application.stepOutputs());
            outputs.put(step.id(), result.output());
            live.put(application.id(), application.withStepOutputs(outputs));
            unrecorded.add(new StepOutput(application.id(), step.id(), result.output()));
        }
    }

    private List<StepResult> runPure(ProcessingStep step, List<ApplicationSnapshot> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        if (step instanceof BatchStep batch) {
            try {
                return runner.runAll(batch, applications);
            } catch (RuntimeException e) {
                return applications.stream().map(a -> StepResult.failed(e)).toList();
            }
        }
        return each(applications, a -> runner.run(step, a));
    }

    private List<StepResult> runWithEffects(ProcessingStep step, List<ApplicationSnapshot> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        if (step instanceof BatchStep batch && !step.retriesSafely()) {
            try {
                return runner.runAllOnce(batch, applications);
            } catch (RuntimeException e) {
                return applications.stream().map(a -> StepResult.failed(e)).toList();
            }
        }
        return each(applications, a -> step.retriesSafely() ? runner.runRetried(step, a) : runner.runOnce(step, a));
    }

    /** A plain step for each application, in parallel when there are several. */
    private List<StepResult> each(List<ApplicationSnapshot> applications,
            Function<ApplicationSnapshot, Map<String, Object>> run) {
        if (applications.size() == 1) {
            return List.of(StepResult.attempt(() -> run.apply(applications.get(0))));
        }
        List<CompletableFuture<StepResult>> running = applications.stream()
                .map(a -> CompletableFuture.supplyAsync(() -> StepResult.attempt(() -> run.apply(a)),
                        Context.current().wrap(plainSteps)))
                .toList();
        List<StepResult> results = new ArrayList<>();
        for (CompletableFuture<StepResult> future : running) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(StepResult.failed(new IllegalStateException("interrupted while running a step", e)));
            } catch (ExecutionException e) {
                results.add(StepResult.failed(new IllegalStateException(e.getCause())));
            }
        }
        return results;
    }
}
