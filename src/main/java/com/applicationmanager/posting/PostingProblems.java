package com.applicationmanager.posting;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.applicationmanager.problem.Problem;

/** The posting feature's errors as problem+json; one mapper per exception. */
public class PostingProblems {

    /** An application names a posting that does not exist or no longer takes applications. */
    public static class PostingNotOpen extends RuntimeException {
        private final boolean exists;

        PostingNotOpen(String id, boolean exists) {
            super(exists ? "Job posting '" + id + "' is closed and takes no more applications"
                    : "No job posting has the id '" + id + "'", null, false, false);
            this.exists = exists;
        }
    }

    public static class PostingNotFound extends RuntimeException {
        PostingNotFound(String id) {
            super("No job posting has the id '" + id + "'", null, false, false);
        }
    }

    public static class PostingExists extends RuntimeException {
        PostingExists(String id) {
            super("A job posting with the id '" + id + "' already exists; change it with PUT /api/v1/postings/" + id,
                    null, false, false);
        }
    }

    public static class InvalidPosting extends RuntimeException {
        private final List<Problem.FieldViolation> violations;

        InvalidPosting(List<Problem.FieldViolation> violations) {
            super("The posting has " + violations.size() + " invalid field(s)", null, false, false);
            this.violations = violations;
        }
    }

    @ServerExceptionMapper
    public Response notOpen(PostingNotOpen e) {
        String kind = e.exists ? "job-posting-closed" : "unknown-job-posting";
        String title = e.exists ? "Job posting closed" : "Unknown job posting";
        return new Problem("urn:problem:" + kind, title, 422, e.getMessage(), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(PostingNotFound e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response exists(PostingExists e) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidPosting e) {
        return Problem.invalid(e.getMessage(), e.violations).toResponse();
    }
}
