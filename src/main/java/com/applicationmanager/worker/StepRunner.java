package com.applicationmanager.worker;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.ProcessingStep;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * Runs one step, timed. A brief glitch is retried here, in process, with backoff and jitter; what outlasts
 * these retries goes back to the broker for a delayed redelivery, and a permanent failure is not retried.
 * Each try of a step has a timeout (10 s; change it with
 * {@code com.applicationmanager.worker.StepRunner/run/Timeout/value}); a step that exceeds it is interrupted
 * and counts as a transient failure.
 */
@ApplicationScoped
public class StepRunner {

    private final MeterRegistry meters;
    private final Tracer tracer;

    public StepRunner(MeterRegistry meters, Tracer tracer) {
        this.meters = meters;
        this.tracer = tracer;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = { PermanentFailure.class, CircuitBreakerOpenException.class })
    public Map<String, Object> run(ProcessingStep step, ApplicationSnapshot application) {
        Timer.Sample sample = Timer.start(meters);
        Span span = tracer.spanBuilder("step " + step.id()).startSpan();
        String outcome = "failure";
        try (Scope scope = span.makeCurrent()) {
            Map<String, Object> output = step.run(application);
            outcome = "success";
            return output;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
            sample.stop(meters.timer("applications.step.duration", "step", step.id(), "outcome", outcome));
        }
    }
}
