package com.applicationmanager.submission;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** The same Idempotency-Key came back with a different body: 422, nothing stored. */
public class IdempotencyKeyReused extends ProblemException {

    public IdempotencyKeyReused() {
        super(Problem.typed("idempotency-key-reused", "Idempotency-Key reused", 422,
                "This Idempotency-Key was used with a different request body; use a new key for a new application"));
    }
}
