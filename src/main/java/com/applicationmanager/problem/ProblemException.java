package com.applicationmanager.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * The one way the application refuses a request: a domain exception carrying, as data, the problem it means
 * for the client and, when trying again later may work, how long to wait. Each refusal is its own subclass,
 * named for what went wrong; {@link ProblemMappers#refused} alone turns them into HTTP answers.
 */
public abstract class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    protected ProblemException(Problem problem) {
        this(problem, null);
    }

    protected ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    /** How long the client should wait before trying again (sent as Retry-After), when it should. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
