package com.applicationmanager.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What a body the framework could not read or validate means for the client: the same problems for a
 * single request ({@link ProblemMappers}) and for one item of a bulk import.
 */
public final class BodyProblems {

    private BodyProblems() {
    }

    public static Problem invalid(ConstraintViolationException e) {
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
        return Problem.invalid("The request body has " + violations.size() + " invalid field(s)", violations);
    }

    public static Problem mistyped(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        if (e instanceof UnrecognizedPropertyException) {
            return Problem.invalid("The request body has a field this API does not know",
                    List.of(new Problem.FieldViolation(field, "is not a known field")));
        }
        return Problem.invalid("A field has the wrong type",
                List.of(new Problem.FieldViolation(field, "has the wrong type")));
    }

    public static Problem notJson() {
        return Problem.plain(400, "Bad Request", "The request body is not valid JSON");
    }

    public static Problem unexpected() {
        return Problem.plain(500, "Internal Server Error", "An unexpected error occurred");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "submit.request.email" -> "email": the method and parameter names mean nothing to a client
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
