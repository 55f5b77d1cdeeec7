package com.applicationmanager.submission;

/**
 * What one submission of a batch came to, told to its caller once the batch has committed: stored (or replayed),
 * refused with its own problem, or to be written again in the next batch (its key was repeated in this one).
 */
record BatchOutcome(Submission submission, RuntimeException refusal, boolean again) {

    static final BatchOutcome AGAIN = new BatchOutcome(null, null, true);

    static BatchOutcome of(Submission submission) {
        return new BatchOutcome(submission, null, false);
    }

    static BatchOutcome refused(RuntimeException refusal) {
        return new BatchOutcome(null, refusal, false);
    }

    /** The metric outcome: accepted, replayed, refused. */
    String kind() {
        return submission == null ? "refused" : submission.replayed() ? "replayed" : "accepted";
    }
}
