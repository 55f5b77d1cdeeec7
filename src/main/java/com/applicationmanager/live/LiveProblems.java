package com.applicationmanager.live;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.applicationmanager.problem.Problem;

/** The live feature's refusals as problem+json. */
public class LiveProblems {

    @ServerExceptionMapper
    public Response notFound(StreamNotFound e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyStreams e) {
        return Problem.typed("too-many-streams", "Too Many Requests", 429, e.getMessage())
                .toResponse(Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(TooManyStreams.RETRY_AFTER_SECONDS)));
    }
}
