package com.applicationmanager.submission;

import java.util.List;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** A well-formed job type the service does not run (pipeline/JobTypes): 422, nothing stored. */
public class UnknownJobType extends ProblemException {

    public UnknownJobType(String type, String why) {
        super(new Problem("urn:problem:unknown-job-type", "Unknown job type", 422,
                "This service runs no job type '" + type + "'", List.of(new Problem.FieldViolation("type", why))));
    }
}
