package com.applicationmanager.pipeline.steps.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.applicationmanager.posting.KnockOut;
import com.applicationmanager.posting.ScreeningQuestion;

/**
 * Applies the knock-out rules of a posting's questions to an application's answers and reports every
 * question that ends it. A missing or unreadable answer to a knock-out question ends it too: the rule
 * cannot be shown to be met, and the explanation says so, so a recruiter can overrule it.
 */
public final class KnockOutCheck {

    /** One question the application failed, and why, in words for a recruiter. */
    public record Failure(String questionId, String question, String reason) {
        public String explain() {
            return "Knock-out question \"" + question + "\": " + reason;
        }
    }

    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private KnockOutCheck() {
    }

    public static List<Failure> failures(List<ScreeningQuestion> questions, Map<String, String> screeningAnswers) {
        Answers answers = new Answers(screeningAnswers);
        List<Failure> failures = new ArrayList<>();
        for (ScreeningQuestion question : questions) {
            if (question.knockOut() == null) {
                continue;
            }
            Optional<String> answer = answers.of(question);
            Optional<String> reason = answer.isEmpty() ? Optional.of("not answered") : breach(question, answer.get());
            reason.ifPresent(r -> failures.add(new Failure(question.id(), question.text(), r)));
        }
        return failures;
    }

    private static Optional<String> breach(ScreeningQuestion question, String answer) {
        KnockOut rule = question.knockOut();
        return switch (question.kind()) {
            case YES_NO -> yesNo(rule.requiredAnswer(), answer);
            case NUMBER -> number(rule.minimum(), rule.maximum(), answer);
            case CHOICE -> choice(question.choices(), rule.acceptedChoices(), answer);
        };
    }

    private static Optional<String> yesNo(String required, String answer) {
        String word = answer.toLowerCase(Locale.ROOT);
        String given = YES.contains(word) ? "yes" : NO.contains(word) ? "no" : null;
        if (given == null) {
            return Optional.of("answered '" + answer + "', which is neither yes nor no");
        }
        return given.equals(required) ? Optional.empty()
                : Optional.of("answered '" + given + "'; the posting requires '" + required + "'");
    }

    private static Optional<String> number(BigDecimal minimum, BigDecimal maximum, String answer) {
        Matcher matcher = NUMBER.matcher(answer);
        if (!matcher.find()) {
            return Optional.of("answered '" + answer + "', which is not a number");
        }
        BigDecimal given = new BigDecimal(matcher.group().replace(',', '.'));
        boolean tooLow = minimum != null && given.compareTo(minimum) < 0;
        boolean tooHigh = maximum != null && given.compareTo(maximum) > 0;
        if (!tooLow && !tooHigh) {
            return Optional.empty();
        }
        String required = minimum != null && maximum != null
                ? "between " + minimum.toPlainString() + " and " + maximum.toPlainString()
                : minimum != null ? "at least " + minimum.toPlainString() : "at most " + maximum.toPlainString();
        return Optional.of("answered " + given.toPlainString() + "; the posting requires " + required);
    }

    private static Optional<String> choice(List<String> choices, List<String> accepted, String answer) {
        Optional<String> chosen = choices.stream().filter(c -> c.equalsIgnoreCase(answer)).findFirst();
        if (chosen.isEmpty()) {
            return Optional.of("answered '" + answer + "', which is not one of " + String.join(", ", choices));
        }
        return accepted.contains(chosen.get()) ? Optional.empty()
                : Optional.of("answered '" + chosen.get() + "'; the posting accepts " + String.join(" or ", accepted));
    }
}
