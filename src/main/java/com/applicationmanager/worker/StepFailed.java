package com.applicationmanager.worker;

/** A step's failure, tagged with the step so the timeline and the dead letter can say where it happened. */
public class StepFailed extends RuntimeException {

    private final String step;

    public StepFailed(String step, Throwable cause) {
        super(cause.getMessage(), cause, false, false);
        this.step = step;
    }

    public String step() {
        return step;
    }
}
