package com.applicationmanager.baseline;

import java.util.UUID;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** Processing inside the request failed; the application stays stored, marked FAILED with the cause. */
public class BaselineProcessingFailed extends ProblemException {

    public BaselineProcessingFailed(UUID applicationId, Throwable cause) {
        super(Problem.typed("baseline-processing-failed", "Processing failed", 500, "Application " + applicationId
                + " was stored but its processing failed (" + cause.getClass().getSimpleName() + ")"));
    }
}
