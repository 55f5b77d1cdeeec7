package com.applicationmanager.submission;

import java.time.Duration;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** Refusals of the group commit that are not the request's fault, or only its row's. */
final class SubmissionProblems {

    private SubmissionProblems() {
    }

    /** The database did not take the batch (down, restarting, out of connections) or the writers are full: 503. */
    static final class SubmissionsUnavailable extends ProblemException {
        SubmissionsUnavailable(String why) {
            super(Problem.typed("submissions-unavailable", "Service Unavailable", 503, why
                    + "; nothing was stored for this request unless a retry with the same Idempotency-Key says so"),
                    Duration.ofSeconds(1));
        }
    }

    /** The database refused this one row (a data or constraint rule); its neighbours in the batch were stored. */
    static final class NotStorable extends ProblemException {
        NotStorable() {
            super(Problem.typed("not-storable", "Application not storable", 422,
                    "The database refused to store this application as sent; nothing was stored"));
        }
    }
}
