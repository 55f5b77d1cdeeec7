package com.applicationmanager.admin;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.applicationmanager.problem.Problem;

/** problem+json for the admin API's own refusals. */
public class AdminProblems {

    /** A request the admin API refuses, naming the field at fault. */
    public static class InvalidAdminRequest extends RuntimeException {
        final String field;

        public InvalidAdminRequest(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** A queue that is not one of this deployment's. */
    public static class UnknownQueue extends RuntimeException {
        public UnknownQueue(String queue) {
            super("No queue named '" + queue + "' belongs to this deployment", null, false, false);
        }
    }

    @ServerExceptionMapper
    public Response invalid(InvalidAdminRequest e) {
        return Problem.invalid(e.getMessage(), List.of(new Problem.FieldViolation(e.field, e.getMessage())))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unknownQueue(UnknownQueue e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response tooLong(DeadLetterBrowser.DeadLetterQueueTooLong e) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response busy(DeadLetterLock.QueueBusyException e) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }
}
