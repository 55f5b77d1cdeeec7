package com.applicationmanager.analytics;

import java.util.List;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** A query parameter of the analytics report that cannot be read or lies out of range: 400, naming it. */
class InvalidAnalyticsQuery extends ProblemException {

    InvalidAnalyticsQuery(String field, String message) {
        super(Problem.invalid("Invalid analytics query: " + field + " " + message,
                List.of(new Problem.FieldViolation(field, message))));
    }
}
