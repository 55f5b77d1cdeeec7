package com.applicationmanager.worker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.Pipeline;
import com.applicationmanager.pipeline.ProcessingStep;

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
        for (ProcessingStep step : pipeline.stepsFor(message.type())) {
            if (outputs.containsKey(step.id())) {
                continue;
            }
            if (ledger.isWithdrawn(message.applicationId())) {
                // withdrawn while in flight: stop at this step boundary, nothing more is done for it
                return Outcome.WITHDRAWN;
            }
            Map<String, Object> output;
            try {
                output = runner.run(step, withOutputs(application, outputs));
            } catch (RuntimeException e) {
                throw new StepFailed(step.id(), e);
            }
            ledger.recordStep(message.applicationId(), step.id(), output);
            outputs.put(step.id(), output);
        }
        if (!ledger.complete(message.applicationId())) {
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
