package com.applicationmanager.worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.Pipeline;
import com.applicationmanager.pipeline.ProcessingStep;
import com.applicationmanager.worker.ProcessingLedger.StepOutput;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs an application's steps. Idempotent: an application already final is left alone, and a step with a
 * recorded output is not run again, so a redelivery resumes where the last attempt stopped.
 */
@ApplicationScoped
public class ApplicationProcessor {

    public enum Outcome { COMPLETED, ALREADY_DONE, WITHDRAWN }

    private final ProcessingLedger ledger;
    private final Pipeline pipeline;
    private final StepRunner runner;
    private final MeterRegistry meters;

    public ApplicationProcessor(ProcessingLedger ledger, Pipeline pipeline, StepRunner runner, MeterRegistry meters) {
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.runner = runner;
        this.meters = meters;
    }

    /** @throws StepFailed when a step fails; its cause tells whether a retry can help */
    public Outcome process(ApplicationMessage message) {
        Timer.Sample sample = Timer.start(meters);
        Optional<ApplicationSnapshot> started = ledger.begin(message.applicationId(), message.attempt());
        if (started.isEmpty()) {
            return Outcome.ALREADY_DONE;
        }
        ApplicationSnapshot application = started.get();
        Map<String, Map<String, Object>> outputs = new LinkedHashMap<>(application.stepOutputs());
        List<ProcessingStep> pending = pipeline.stepsFor(message.type()).stream()
                .filter(step -> !outputs.containsKey(step.id())).toList();
        // Outputs wait here until the next write: a step with side effects is recorded as soon as it returns,
        // the rest ride along with it or with complete(); a withdrawn application never reaches a side effect.
        // Nothing unrecorded means the status was just read: by begin() or by the last recordSteps().
        List<StepOutput> unrecorded = new ArrayList<>();
        for (ProcessingStep step : pending) {
            if (step.hasSideEffects() && !unrecorded.isEmpty() && ledger.isWithdrawn(message.applicationId())) {
                return Outcome.WITHDRAWN;
            }
            Map<String, Object> output;
            try {
                output = runner.run(step, withOutputs(application, outputs));
            } catch (RuntimeException e) {
                throw new StepFailed(step.id(), e);
            }
            outputs.put(step.id(), output);
            unrecorded.add(new StepOutput(step.id(), output));
            if (step.hasSideEffects() && step != pending.get(pending.size() - 1)) {
                if (!ledger.recordSteps(message.applicationId(), List.copyOf(unrecorded))) {
                    return Outcome.WITHDRAWN; // withdrawn while in flight: stop at this step boundary
                }
                unrecorded.clear();
            }
        }
        if (!ledger.complete(message.applicationId(), unrecorded, outputs.values())) {
            return Outcome.ALREADY_DONE;
        }
        sample.stop(meters.timer("applications.processing.duration", "type", message.type()));
        return Outcome.COMPLETED;
    }

    private static ApplicationSnapshot withOutputs(ApplicationSnapshot a, Map<String, Map<String, Object>> outputs) {
        return new ApplicationSnapshot(a.id(), a.type(), a.tenant(), a.candidateName(), a.email(), a.phone(),
                a.jobPostingId(), a.resumeText(), a.resumeUrl(), a.coverLetter(), a.screeningAnswers(), a.attempt(),
                Map.copyOf(outputs));
    }
}
