package com.applicationmanager.posting;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answers that end an application at screening, one field per question kind: a YES_NO question names
 * the answer it requires, a NUMBER question a minimum and/or maximum (inclusive), a CHOICE question the
 * choices it accepts. {@link PostingRules} checks that the fields fit the kind.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KnockOut(
        @Pattern(regexp = "yes|no", message = "must be yes or no") String requiredAnswer,
        BigDecimal minimum,
        BigDecimal maximum,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> acceptedChoices) {
}
