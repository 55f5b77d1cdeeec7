package com.applicationmanager.submission;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.applicationmanager.api.PlainText;
import com.applicationmanager.api.TextRules;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The body of {@code POST /api/v1/applications}. Every text is normalised to NFC on the way in, then
 * bounded (lengths count UTF-16 units, so they also bound the stored characters) and checked by
 * {@link PlainText}; only resumeText, coverLetter and the screening answers may span lines.
 */
@Schema(name = "ApplicationRequest")
public record ApplicationRequest(
        @Schema(examples = "Ada Lovelace") @NotBlank @Size(max = 200) @PlainText String candidateName,
        @Schema(examples = "ada.lovelace@example.org") @NotBlank @Email @Size(max = 320) @PlainText String email,
        @Schema(examples = "+44 20 7946 0958") @Size(max = 32) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{5,31}", message = "must be a phone number") @PlainText String phone,
        @Schema(examples = "eng-backend-042") @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a job posting id") @PlainText String jobPostingId,
        @Schema(description = "Either this or resumeUrl", examples = "Ten years of Java and distributed systems.") @Size(max = 100_000) @PlainText(multiline = true) String resumeText,
        @Schema(description = "Either this or resumeText", examples = "https://cv.example.org/ada.pdf") @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") @PlainText String resumeUrl,
        @Size(max = 20_000) @PlainText(multiline = true) String coverLetter,
        @Schema(description = "Question to answer; at most 50") @Size(max = 50) Map<@NotBlank @Size(max = 100) @PlainText String, @Size(max = 2000) @PlainText(multiline = true) String> screeningAnswers,
        @Schema(examples = "careers-site") @Size(max = 64) @PlainText String source,
        @Schema(examples = "engineering") @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a job type such as engineering") @PlainText String type) {

    public ApplicationRequest {
        candidateName = TextRules.normalise(candidateName);
        email = TextRules.normalise(email);
        phone = TextRules.normalise(phone);
        jobPostingId = TextRules.normalise(jobPostingId);
        resumeText = TextRules.normalise(resumeText);
        resumeUrl = TextRules.normalise(resumeUrl);
        coverLetter = TextRules.normalise(coverLetter);
        screeningAnswers = TextRules.normalise(screeningAnswers);
        source = TextRules.normalise(source);
        type = TextRules.normalise(type);
    }

    @JsonIgnore
    @AssertTrue(message = "either resumeText or resumeUrl is required")
    public boolean isResume() {
        return (resumeText != null && !resumeText.isBlank()) || (resumeUrl != null && !resumeUrl.isBlank());
    }
}
