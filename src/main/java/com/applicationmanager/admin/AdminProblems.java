package com.applicationmanager.admin;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** What the admin API refuses. */
public final class AdminProblems {

    private AdminProblems() {
    }

    /** A request the admin API refuses, naming the field at fault. */
    public static class InvalidAdminRequest extends ProblemException {
        public InvalidAdminRequest(String field, String message) {
            super(Problem.invalidField(field, message));
        }
    }

    /** A queue that is not one of this deployment's. */
    public static class UnknownQueue extends ProblemException {
        public UnknownQueue(String queue) {
            super(Problem.notFound("No queue named '" + queue + "' belongs to this deployment"));
        }
    }

    /** Browsing a longer queue would mean a partial take, which reorders a quorum queue. */
    public static class DeadLetterQueueTooLong extends ProblemException {
        public DeadLetterQueueTooLong(String queue, long depth, int max) {
            super(Problem.conflict(queue + " holds " + depth + " messages, more than the " + max + " a browse can "
                    + "read without reordering the queue; reprocess or purge first, or raise app.admin.max-dead-letters"));
        }
    }

    /** Another admin operation holds the queue; the caller may try again in a moment. */
    public static class QueueBusy extends ProblemException {
        public QueueBusy(String queue) {
            super(Problem.conflict("Another admin operation is working on " + queue + "; try again in a moment"));
        }
    }
}
