package com.applicationmanager.pipeline.steps.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds skills in free text as whole terms: case does not matter, nor a space or a dash between words
 * ("event driven" finds "event-driven"), but "Java" does not match inside "JavaScript" and "C" not inside
 * "C++". No synonyms: a posting that accepts "Postgres" for "PostgreSQL" lists the skill it means.
 */
public final class SkillMatcher {

    /** Where a skill was found; a skill found nowhere is missing. */
    public record Found(String skill, boolean inResume, boolean inCoverLetter) {

        public boolean anywhere() {
            return inResume || inCoverLetter;
        }

        String where() {
            return inResume && inCoverLetter ? "resume and cover letter" : inResume ? "resume" : "cover letter";
        }
    }

    /** The skills of one list, split into found and missing. */
    public record Result(List<Found> found, List<String> missing) {

        public int total() {
            return found.size() + missing.size();
        }

        public double share() {
            return total() == 0 ? 0 : (double) found.size() / total();
        }

        List<String> foundSkills() {
            return found.stream().map(Found::skill).toList();
        }
    }

    private SkillMatcher() {
    }

    public static Result match(List<String> skills, String resume, String coverLetter) {
        List<Found> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String skill : skills) {
            Pattern term = term(skill);
            Found match = new Found(skill, contains(term, resume), contains(term, coverLetter));
            if (match.anywhere()) {
                found.add(match);
            } else {
                missing.add(skill);
            }
        }
        return new Result(List.copyOf(found), List.copyOf(missing));
    }

    static Pattern term(String skill) {
        String words = Arrays.stream(skill.strip().split("[\\s-]+")).map(Pattern::quote)
                .collect(Collectors.joining("[\\s-]+"));
        return Pattern.compile("(?<![\\p{L}\\p{N}+#])" + words + "(?![\\p{L}\\p{N}+#])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean contains(Pattern term, String text) {
        return text != null && term.matcher(text).find();
    }
}
