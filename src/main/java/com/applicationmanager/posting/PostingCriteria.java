package com.applicationmanager.posting;

import java.util.List;

/**
 * What screening reads of a posting, at one revision: the domain's view, where {@link PostingView} is the API's
 * answer. Its questions carry their knock-out rules.
 */
public record PostingCriteria(
        long revision,
        List<String> requiredSkills,
        List<String> niceToHaveSkills,
        int minYearsExperience,
        List<ScreeningQuestion> screeningQuestions) {

    static PostingCriteria of(JobPosting p) {
        return new PostingCriteria(p.version, List.copyOf(p.requiredSkills), List.copyOf(p.niceToHaveSkills),
                p.minYearsExperience, List.copyOf(p.screeningQuestions));
    }
}
