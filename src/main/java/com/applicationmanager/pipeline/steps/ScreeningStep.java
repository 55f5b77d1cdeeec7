package com.applicationmanager.pipeline.steps;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.BatchStep;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.StepResult;
import com.applicationmanager.pipeline.steps.screening.Screening;
import com.applicationmanager.posting.CurrentPostings;
import com.applicationmanager.posting.JobPosting;
import com.applicationmanager.posting.PostingCriteria;

/**
 * Screens the application against its posting as the posting stands now (the result names the revision).
 * A knock-out is a result, not a failure: the application completes with outcome "knocked-out". Screening
 * answers are matched to questions by question id, or by question text (see {@code Answers}). A batch reads
 * its postings' versions in one query and loads again only those that changed ({@link CurrentPostings}).
 */
@ApplicationScoped
public class ScreeningStep implements BatchStep {

    private final CurrentPostings postings;

    public ScreeningStep(CurrentPostings postings) {
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
    public List<StepResult> runAll(List<ApplicationSnapshot> applications) {
        Map<JobPosting.Key, PostingCriteria> read = postings.of(applications.stream()
                .map(a -> new JobPosting.Key(a.tenant(), a.jobPostingId())).collect(Collectors.toSet()));
        return applications.stream().map(application -> StepResult.attempt(() -> {
            PostingCriteria posting = read.get(new JobPosting.Key(application.tenant(), application.jobPostingId()));
            if (posting == null) {
                // the intake refuses unknown postings and postings are never deleted: only old data gets here
                throw new PermanentFailure("job posting '" + application.jobPostingId() + "' does not exist");
            }
            return Screening.screen(posting, application.resumeText(), application.coverLetter(),
                    application.screeningAnswers());
        })).toList();
    }
}
