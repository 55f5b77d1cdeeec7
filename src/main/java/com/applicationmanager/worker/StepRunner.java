package com.applicationmanager.worker;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.BatchStep;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.ProcessingStep;
import com.applicationmanager.pipeline.StepResult;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * Runs a step, timed: for one application, or for a batch when the step is a {@link BatchStep}. A brief glitch
 * of a step that retries safely (see {@link ProcessingStep#retriesSafely()}) is retried here, in process, with
 * backoff and jitter; what outlasts these retries goes back to the broker for a delayed redelivery, and a
 * permanent failure is not retried. A step without side effects has a timeout per try (10 s; change it with
 * {@code com.applicationmanager.worker.StepRunner/run/Timeout/value}, and {@code .../runAll/...} for batch
 * steps). A step with side effects is neither interrupted nor, unless it retries safely, run twice here.
 */
@ApplicationScoped
public class StepRunner {

    private final MeterRegistry meters;
    private final Tracer tracer;

    public StepRunner(MeterRegistry meters, Tracer tracer) {
        this.meters = meters;
        this.tracer = tracer;
    }

    /** A step without side effects. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = { PermanentFailure.class, CircuitBreakerOpenException.class })
    public Map<String, Object> run(ProcessingStep step, ApplicationSnapshot application) {
        return timed(step, () -> step.run(application));
    }

    /** A batch step without side effects; a failure of the whole call is retried, one application's is not. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = { PermanentFailure.class, CircuitBreakerOpenException.class })
    public List<StepResult> runAll(BatchStep step, List<ApplicationSnapshot> applications) {
        return timed(step, () -> step.runAll(applications));
    }

    /** A step with side effects that retries safely: no timeout, since an interrupted call may have taken effect. */
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = { PermanentFailure.class, CircuitBreakerOpenException.class })
    public Map<String, Object> runRetried(ProcessingStep step, ApplicationSnapshot application) {
        return timed(step, () -> step.run(application));
    }

    /** A step with side effects, run exactly once here. */
    public Map<String, Object> runOnce(ProcessingStep step, ApplicationSnapshot application) {
        return timed(step, () -> step.run(application));
    }

    /** A batch step with side effects, run exactly once here. */
    public List<StepResult> runAllOnce(BatchStep step, List<ApplicationSnapshot> applications) {
        return timed(step, () -> step.runAll(applications));
    }

    private <T> T timed(ProcessingStep step, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        Span span = tracer.spanBuilder("step " + step.id()).startSpan();
        String outcome = "failure";
        try (Scope scope = span.makeCurrent()) {
            T output = work.get();
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
