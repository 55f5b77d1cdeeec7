package com.applicationmanager.pipeline.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.BatchStep;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.StepResult;
import com.applicationmanager.pipeline.steps.screening.Screening;
import com.applicationmanager.posting.JobPostings;
import com.applicationmanager.posting.PostingView;

/**
 * Screens the application against its posting as the posting stands now (the result names the revision).
 * A knock-out is a result, not a failure: the application completes with outcome "knocked-out". Screening
 * answers are matched to questions by question id, or by question text (see {@code Answers}). A batch reads
 * each of its postings once.
 */
@ApplicationScoped
public class ScreeningStep implements BatchStep {

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
    public List<StepResult> runAll(List<ApplicationSnapshot> applications) {
        Map<List<String>, Optional<PostingView>> read = new HashMap<>();
        return applications.stream().map(application -> {
            try {
                PostingView posting = read.computeIfAbsent(List.of(application.tenant(), application.jobPostingId()),
                        key -> postings.find(key.get(0), key.get(1)))
                        // the intake refuses unknown postings and postings are never deleted: only old data gets here
                        .orElseThrow(() -> new PermanentFailure(
                                "job posting '" + application.jobPostingId() + "' does not exist"));
                return StepResult.of(Screening.screen(posting, application.resumeText(), application.coverLetter(),
                        application.screeningAnswers()));
            } catch (RuntimeException e) {
                return StepResult.failed(e);
            }
        }).toList();
    }
}
