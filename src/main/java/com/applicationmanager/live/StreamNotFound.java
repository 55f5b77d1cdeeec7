package com.applicationmanager.live;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** A stream the caller may not see, answered exactly as a stream of something that does not exist. */
public class StreamNotFound extends ProblemException {

    StreamNotFound(Topic topic) {
        super(Problem.notFound(topic.isApplication() ? "No application has the id " + topic.value()
                : "No tenant '" + topic.value() + "' is visible to these credentials"));
    }
}
