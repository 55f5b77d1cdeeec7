package com.applicationmanager.live;

import java.time.Duration;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** The caller or its address already has as many streams open as it may: 429, try again in a few seconds. */
public class TooManyStreams extends ProblemException {

    /** How long a refused client is asked to wait before trying again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    TooManyStreams() {
        super(Problem.typed("too-many-streams", "Too Many Requests", 429,
                "Too many streams are open for this client or from this address; close one first"), RETRY_AFTER);
    }
}
