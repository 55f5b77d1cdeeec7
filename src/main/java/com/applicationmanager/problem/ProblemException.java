package com.applicationmanager.problem;

import java.util.Map;

/**
 * A domain exception that knows the problem it means for the client. Each refusal the API makes is its own
 * subclass (named for what went wrong); one mapper writes them all, with the headers they carry.
 */
public abstract class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    protected ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    protected ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
