package com.applicationmanager.submission;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.applicationmanager.posting.PostingProblems;
import com.applicationmanager.posting.PostingProblems.PostingNotOpen;
import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;
import com.applicationmanager.problem.ProblemMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The problem a refusal means for one item of a bulk import: exactly the body a single submission would have
 * answered, written by the same mappers.
 */
final class ItemProblems {

    private static final Logger LOG = Logger.getLogger(ItemProblems.class);
    private static final ProblemMappers MAPPERS = new ProblemMappers();
    private static final PostingProblems POSTINGS = new PostingProblems();

    private ItemProblems() {
    }

    static Problem of(Throwable refusal) {
        Response response;
        if (refusal instanceof ProblemException problem) {
            return problem.problem();
        } else if (refusal instanceof PostingNotOpen notOpen) {
            response = POSTINGS.notOpen(notOpen);
        } else if (refusal instanceof ConstraintViolationException invalid) {
            response = MAPPERS.invalidBody(invalid);
        } else if (refusal instanceof MismatchedInputException mistyped) {
            response = MAPPERS.mistypedBody(mistyped);
        } else if (refusal instanceof JsonProcessingException unreadable) {
            response = MAPPERS.unreadableBody(unreadable);
        } else {
            LOG.error("Unexpected error while importing an item", refusal);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
        }
        return (Problem) response.getEntity();
    }
}
