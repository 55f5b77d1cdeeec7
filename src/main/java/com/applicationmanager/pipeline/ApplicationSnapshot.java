package com.applicationmanager.pipeline;

import java.util.Map;
import java.util.UUID;

/** What a step may read of an application, plus the output of the steps already done, by step id. */
public record ApplicationSnapshot(
        UUID id,
        String type,
        String tenant,
        String candidateName,
        String email,
        String phone,
        String jobPostingId,
        String resumeText,
        String resumeUrl,
        String coverLetter,
        Map<String, String> screeningAnswers,
        int attempt,
        Map<String, Map<String, Object>> stepOutputs) {

    /** The same application with these step outputs. */
    public ApplicationSnapshot withStepOutputs(Map<String, Map<String, Object>> outputs) {
        return new ApplicationSnapshot(id, type, tenant, candidateName, email, phone, jobPostingId, resumeText, resumeUrl,
                coverLetter, screeningAnswers, attempt, Map.copyOf(outputs));
    }
}
