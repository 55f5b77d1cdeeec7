package com.applicationmanager.posting;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A job posting as clients and the screening step see it. The revision grows with every change, so a
 * screening result can say which version of the criteria it applied.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostingView(
        String id,
        String title,
        String type,
        String location,
        boolean remote,
        List<String> requiredSkills,
        List<String> niceToHaveSkills,
        int minYearsExperience,
        List<ScreeningQuestion> screeningQuestions,
        PostingStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        long revision) {

    static PostingView of(JobPosting p) {
        return new PostingView(p.id, p.title, p.type, p.location, p.remote, List.copyOf(p.requiredSkills),
                List.copyOf(p.niceToHaveSkills), p.minYearsExperience, List.copyOf(p.screeningQuestions), p.status,
                p.createdAt, p.updatedAt, p.closedAt, p.version);
    }
}
