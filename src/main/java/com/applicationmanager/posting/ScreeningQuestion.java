package com.applicationmanager.posting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A question candidates answer when they apply. Answers arrive in the application's
 * {@code screeningAnswers}, keyed by the question's id (preferred) or its text. A question without a
 * knock-out rule is only informative; one with a rule ends the application when the answer breaks it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScreeningQuestion(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes") String id,
        @NotBlank @Size(max = 300) String text,
        @NotNull QuestionKind kind,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> choices,
        @Valid KnockOut knockOut) {
}
