package com.applicationmanager.submission;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The body of {@code POST /api/v1/applications}; every free-text field is bounded. */
public record ApplicationRequest(
        @NotBlank @Size(max = 200) String candidateName,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 32) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{5,31}", message = "must be a phone number") String phone,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a job posting id") String jobPostingId,
        @Size(max = 100_000) String resumeText,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String resumeUrl,
        @Size(max = 20_000) String coverLetter,
        @Size(max = 50) Map<@NotBlank @Size(max = 100) String, @Size(max = 2000) String> screeningAnswers,
        @Size(max = 64) String source,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a job type such as engineering") String type) {

    @JsonIgnore
    @AssertTrue(message = "either resumeText or resumeUrl is required")
    public boolean isResume() {
        return (resumeText != null && !resumeText.isBlank()) || (resumeUrl != null && !resumeUrl.isBlank());
    }
}
