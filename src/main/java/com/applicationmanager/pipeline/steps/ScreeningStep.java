package com.applicationmanager.pipeline.steps;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.ProcessingStep;
import com.applicationmanager.pipeline.steps.screening.Screening;
import com.applicationmanager.posting.JobPostings;
import com.applicationmanager.posting.PostingView;

/**
 * Screens the application against its posting as the posting stands now (the result names the revision).
 * A knock-out is a result, not a failure: the application completes with outcome "knocked-out". Screening
 * answers are matched to questions by question id, or by question text (see {@code Answers}).
 */
@ApplicationScoped
public class ScreeningStep implements ProcessingStep {

    private final JobPostings postings;

    public ScreeningStep(JobPostings postings) {
        this.postings = postings;
    }

    @Override
    public String id() {
        return "screen";
    }

    @Override
    public boolean hasSideEffects() {
        return false;
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        PostingView posting = postings.find(application.tenant(), application.jobPostingId())
                // the intake refuses unknown postings and postings are never deleted: only old data gets here
                .orElseThrow(() -> new PermanentFailure("job posting '" + application.jobPostingId() + "' does not exist"));
        return Screening.screen(posting, application.resumeText(), application.coverLetter(),
                application.screeningAnswers());
    }
}
