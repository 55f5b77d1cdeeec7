package com.applicationmanager.posting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.applicationmanager.api.TextRules;
import com.applicationmanager.problem.Problem.FieldViolation;

/**
 * Checks across fields that annotations cannot express: a location unless remote, unique question ids and
 * texts (answers may be keyed by either), choices only on CHOICE questions, knock-out rules that fit their
 * question's kind, and no skill listed twice.
 */
final class PostingRules {

    private PostingRules() {
    }

    static List<FieldViolation> check(PostingRequest posting) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!posting.remote() && (posting.location() == null || posting.location().isBlank())) {
            violations.add(new FieldViolation("location", "is required unless the posting is remote"));
        }
        checkSkills(posting, violations);
        checkText(posting, violations);
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<ScreeningQuestion> questions = posting.questionsOrEmpty();
        for (int i = 0; i < questions.size(); i++) {
            ScreeningQuestion question = questions.get(i);
            String field = "screeningQuestions[" + i + "]";
            if (!ids.add(question.id())) {
                violations.add(new FieldViolation(field + ".id", "is used by another question"));
            }
            if (!texts.add(question.text().strip().toLowerCase(Locale.ROOT))) {
                violations.add(new FieldViolation(field + ".text", "is asked by another question"));
            }
            checkChoices(question, field, violations);
            if (question.knockOut() != null) {
                checkKnockOut(question, field + ".knockOut", violations);
            }
        }
        return violations;
    }

    /** NUL, control characters and half surrogate pairs cannot be stored or shown (api/TextRules). */
    private static void checkText(PostingRequest posting, List<FieldViolation> violations) {
        text("title", posting.title(), violations);
        text("location", posting.location(), violations);
        texts("requiredSkills", posting.requiredSkillsOrEmpty(), violations);
        texts("niceToHaveSkills", posting.niceToHaveSkillsOrEmpty(), violations);
        List<ScreeningQuestion> questions = posting.questionsOrEmpty();
        for (int i = 0; i < questions.size(); i++) {
            ScreeningQuestion question = questions.get(i);
            text("screeningQuestions[" + i + "].text", question.text(), violations);
            texts("screeningQuestions[" + i + "].choices", question.choices() == null ? List.of() : question.choices(),
                    violations);
        }
    }

    private static void texts(String field, List<String> values, List<FieldViolation> violations) {
        for (int i = 0; i < values.size(); i++) {
            text(field + "[" + i + "]", values.get(i), violations);
        }
    }

    private static void text(String field, String value, List<FieldViolation> violations) {
        String problem = value == null ? null : TextRules.problemIn(value, false);
        if (problem != null) {
            violations.add(new FieldViolation(field, problem));
        }
    }

    private static void checkSkills(PostingRequest posting, List<FieldViolation> violations) {
        Set<String> seen = new HashSet<>();
        addDuplicates("requiredSkills", posting.requiredSkillsOrEmpty(), seen, violations);
        addDuplicates("niceToHaveSkills", posting.niceToHaveSkillsOrEmpty(), seen, violations);
    }

    private static void addDuplicates(String field, List<String> skills, Set<String> seen, List<FieldViolation> violations) {
        for (int i = 0; i < skills.size(); i++) {
            if (!seen.add(skills.get(i).strip().toLowerCase(Locale.ROOT))) {
                violations.add(new FieldViolation(field + "[" + i + "]", "is already listed"));
            }
        }
    }

    private static void checkChoices(ScreeningQuestion question, String field, List<FieldViolation> violations) {
        boolean hasChoices = question.choices() != null && !question.choices().isEmpty();
        if (question.kind() == QuestionKind.CHOICE && (!hasChoices || question.choices().size() < 2)) {
            violations.add(new FieldViolation(field + ".choices", "a CHOICE question needs at least two choices"));
        } else if (question.kind() != QuestionKind.CHOICE && hasChoices) {
            violations.add(new FieldViolation(field + ".choices", "only a CHOICE question has choices"));
        }
    }

    private static void checkKnockOut(ScreeningQuestion question, String field, List<FieldViolation> violations) {
        KnockOut rule = question.knockOut();
        boolean answer = rule.requiredAnswer() != null;
        boolean range = rule.minimum() != null || rule.maximum() != null;
        boolean accepted = rule.acceptedChoices() != null && !rule.acceptedChoices().isEmpty();
        switch (question.kind()) {
            case YES_NO -> {
                if (!answer || range || accepted) {
                    violations.add(new FieldViolation(field, "a YES_NO question's knock-out names only requiredAnswer"));
                }
            }
            case NUMBER -> {
                if (!range || answer || accepted) {
                    violations.add(new FieldViolation(field, "a NUMBER question's knock-out names minimum and/or maximum"));
                } else if (rule.minimum() != null && rule.maximum() != null && rule.minimum().compareTo(rule.maximum()) > 0) {
                    violations.add(new FieldViolation(field + ".minimum", "is greater than maximum"));
                }
            }
            case CHOICE -> {
                if (!accepted || answer || range) {
                    violations.add(new FieldViolation(field, "a CHOICE question's knock-out names only acceptedChoices"));
                } else if (question.choices() != null && !question.choices().containsAll(rule.acceptedChoices())) {
                    violations.add(new FieldViolation(field + ".acceptedChoices", "must be among the question's choices"));
                }
            }
        }
    }
}
