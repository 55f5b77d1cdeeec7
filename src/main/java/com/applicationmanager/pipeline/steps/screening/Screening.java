package com.applicationmanager.pipeline.steps.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.applicationmanager.posting.PostingCriteria;

/**
 * Screens one application against its posting: knock-out questions first; an application that passes
 * them is scored 0-100 on required skills (weight 60), nice-to-have skills (20) and years of experience (20).
 * A part the posting does not ask for (no nice-to-have skills, no minimum experience) is left out and the
 * others share its weight. Every figure comes with a sentence a recruiter can check.
 */
public final class Screening {

    public static final String KNOCKED_OUT = "knocked-out";
    public static final String SCORED = "scored";

    private static final int REQUIRED_WEIGHT = 60;
    private static final int NICE_WEIGHT = 20;
    private static final int EXPERIENCE_WEIGHT = 20;

    private Screening() {
    }

    /** @return the step output: {@code {screening: {outcome, score, explanation, ...}}} */
    public static Map<String, Object> screen(PostingCriteria posting, String resume, String coverLetter,
            Map<String, String> answers) {
        Map<String, Object> screening = new LinkedHashMap<>();
        List<KnockOutCheck.Failure> failures = KnockOutCheck.failures(posting.screeningQuestions(), answers);
        if (!failures.isEmpty()) {
            screening.put("outcome", KNOCKED_OUT);
            screening.put("knockedOutBy", failures.stream().map(KnockOutCheck.Failure::questionId).toList());
            screening.put("explanation", failures.stream().map(KnockOutCheck.Failure::explain).toList());
        } else {
            score(posting, resume, coverLetter, screening);
        }
        screening.put("postingRevision", posting.revision());
        return Map.of("screening", screening);
    }

    private static void score(PostingCriteria posting, String resume, String coverLetter, Map<String, Object> screening) {
        SkillMatcher.Result required = SkillMatcher.match(posting.requiredSkills(), resume, coverLetter);
        SkillMatcher.Result nice = SkillMatcher.match(posting.niceToHaveSkills(), resume, coverLetter);
        Experience experience = Experience.of(resume, coverLetter, posting.minYearsExperience());

        List<Part> parts = new ArrayList<>();
        if (required.total() > 0) {
            parts.add(new Part("required skills", REQUIRED_WEIGHT, required.share()));
        }
        if (nice.total() > 0) {
            parts.add(new Part("nice-to-have skills", NICE_WEIGHT, nice.share()));
        }
        if (experience.required() > 0) {
            parts.add(new Part("experience", EXPERIENCE_WEIGHT, experience.share()));
        }
        int totalWeight = parts.stream().mapToInt(Part::weight).sum();
        double points = parts.stream().mapToDouble(p -> 100.0 * p.weight() / totalWeight * p.share()).sum();
        int score = parts.isEmpty() ? 100 : (int) Math.round(points);

        List<String> explanation = new ArrayList<>();
        long knockOuts = posting.screeningQuestions().stream().filter(q -> q.knockOut() != null).count();
        if (knockOuts > 0) {
            explanation.add("Knock-out questions: all " + knockOuts + " passed");
        }
        explanation.add(Explain.skills("Required skills", required));
        explanation.add(Explain.skills("Nice-to-have skills", nice));
        explanation.add(experience.explain());
        explanation.add(Explain.score(score, parts, totalWeight));

        screening.put("outcome", SCORED);
        screening.put("score", score);
        screening.put("explanation", explanation);
        screening.put("requiredSkills", Map.of("found", required.foundSkills(), "missing", required.missing()));
        screening.put("niceToHaveSkills", Map.of("found", nice.foundSkills(), "missing", nice.missing()));
        Map<String, Object> years = new LinkedHashMap<>();
        experience.found().ifPresent(found -> years.put("found", found));
        years.put("required", experience.required());
        screening.put("yearsOfExperience", years);
    }

    /** One scored part: its weight out of 100 before sharing, and how much of it the candidate meets (0-1). */
    record Part(String name, int weight, double share) {
    }

    record Experience(OptionalInt found, String where, int required) {

        static Experience of(String resume, String coverLetter, int required) {
            OptionalInt inResume = ExperienceReader.yearsIn(resume);
            OptionalInt inLetter = ExperienceReader.yearsIn(coverLetter);
            boolean letterSaysMore = inLetter.isPresent() && (inResume.isEmpty() || inLetter.getAsInt() > inResume.getAsInt());
            return new Experience(letterSaysMore ? inLetter : inResume, letterSaysMore ? "cover letter" : "resume", required);
        }

        double share() {
            return found.isEmpty() ? 0 : Math.min(1.0, (double) found.getAsInt() / required);
        }

        String explain() {
            String asked = required == 0 ? "the posting asks for no minimum" : required + " required";
            return found.isEmpty()
                    ? "Experience: no years stated in the resume or cover letter; " + asked
                    : "Experience: " + found.getAsInt() + " years stated in the " + where + "; " + asked;
        }
    }
}
