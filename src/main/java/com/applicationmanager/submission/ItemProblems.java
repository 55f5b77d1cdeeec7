package com.applicationmanager.submission;

import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;

import com.applicationmanager.problem.BodyProblems;
import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The problem a refusal means for one item of a bulk import: exactly the body a single submission would have
 * answered, from the same refusals and {@link BodyProblems}.
 */
final class ItemProblems {

    private static final Logger LOG = Logger.getLogger(ItemProblems.class);

    private ItemProblems() {
    }

    static Problem of(Throwable refusal) {
        if (refusal instanceof ProblemException refused) {
            return refused.problem();
        } else if (refusal instanceof ConstraintViolationException invalid) {
            return BodyProblems.invalid(invalid);
        } else if (refusal instanceof MismatchedInputException mistyped) {
            return BodyProblems.mistyped(mistyped);
        } else if (refusal instanceof JsonProcessingException) {
            return BodyProblems.notJson();
        }
        LOG.error("Unexpected error while importing an item", refusal);
        return BodyProblems.unexpected();
    }
}
