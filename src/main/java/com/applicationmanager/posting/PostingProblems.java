package com.applicationmanager.posting;

import java.util.List;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** What the posting feature refuses. */
public final class PostingProblems {

    private PostingProblems() {
    }

    /** An application names a posting that does not exist or no longer takes applications: 422. */
    public static class PostingNotOpen extends ProblemException {
        PostingNotOpen(String id, boolean exists) {
            super(exists
                    ? Problem.typed("job-posting-closed", "Job posting closed", 422,
                            "Job posting '" + id + "' is closed and takes no more applications")
                    : Problem.typed("unknown-job-posting", "Unknown job posting", 422,
                            "No job posting has the id '" + id + "'"));
        }
    }

    public static class PostingNotFound extends ProblemException {
        PostingNotFound(String id) {
            super(Problem.notFound("No job posting has the id '" + id + "'"));
        }
    }

    public static class PostingExists extends ProblemException {
        PostingExists(String id) {
            super(Problem.conflict("A job posting with the id '" + id + "' already exists; change it with PUT "
                    + "/api/v1/postings/" + id));
        }
    }

    public static class InvalidPosting extends ProblemException {
        InvalidPosting(List<Problem.FieldViolation> violations) {
            super(Problem.invalid("The posting has " + violations.size() + " invalid field(s)", violations));
        }
    }
}
