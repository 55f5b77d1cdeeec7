package com.applicationmanager.live;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.applicationmanager.problem.Problem;

/** The live feature's refusals as problem+json. */
public class LiveProblems {

    @ServerExceptionMapper
    public Response notFound(StreamNotFound e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }
}
