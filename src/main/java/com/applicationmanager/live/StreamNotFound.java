package com.applicationmanager.live;

/** A stream the caller may not see, answered exactly as a stream of something that does not exist. */
public class StreamNotFound extends RuntimeException {

    StreamNotFound(Topic topic) {
        super(topic.isApplication() ? "No application has the id " + topic.value()
                : "No tenant '" + topic.value() + "' is visible to these credentials", null, false, false);
    }
}
