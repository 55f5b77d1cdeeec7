package com.applicationmanager.pipeline.steps.screening;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.applicationmanager.posting.ScreeningQuestion;

/**
 * Finds a question's answer among the application's {@code screeningAnswers}. Keys are matched to the
 * question's id first, then to its text: exactly, then ignoring case, spacing and a trailing question mark,
 * because forms often key answers by the text the candidate saw.
 */
final class Answers {

    private final Map<String, String> byKey;

    Answers(Map<String, String> answers) {
        this.byKey = answers == null ? Map.of() : answers;
    }

    Optional<String> of(ScreeningQuestion question) {
        String answer = byKey.get(question.id());
        if (answer == null) {
            answer = byKey.get(question.text());
        }
        if (answer == null) {
            String text = loose(question.text());
            answer = byKey.entrySet().stream().filter(e -> loose(e.getKey()).equals(text))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return Optional.ofNullable(answer).map(String::strip).filter(a -> !a.isEmpty());
    }

    private static String loose(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*\\?$", "");
    }
}
