package com.applicationmanager.tracking;

import java.util.UUID;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** No application has the id, or none the caller may see: the two answer alike, so ids reveal nothing. */
public class ApplicationNotFound extends ProblemException {

    public ApplicationNotFound(UUID id) {
        super(Problem.notFound("No application has the id " + id));
    }
}
