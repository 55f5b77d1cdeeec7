package com.applicationmanager.posting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/postings} and {@code PUT /api/v1/postings/{id}}. The id is the client's
 * own reference and only read on create (generated when absent); an update names the posting in its path.
 */
public record PostingRequest(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be letters, digits, '.', '_' or '-'") String id,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a job type such as engineering") String type,
        @Size(max = 200) String location,
        boolean remote,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> requiredSkills,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> niceToHaveSkills,
        @Min(0) @Max(50) Integer minYearsExperience,
        @Size(max = 30) List<@NotNull @Valid ScreeningQuestion> screeningQuestions) {

    List<String> requiredSkillsOrEmpty() {
        return requiredSkills == null ? List.of() : requiredSkills;
    }

    List<String> niceToHaveSkillsOrEmpty() {
        return niceToHaveSkills == null ? List.of() : niceToHaveSkills;
    }

    List<ScreeningQuestion> questionsOrEmpty() {
        return screeningQuestions == null ? List.of() : screeningQuestions;
    }
}
