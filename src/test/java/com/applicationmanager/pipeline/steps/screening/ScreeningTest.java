package com.applicationmanager.pipeline.steps.screening;

import static com.applicationmanager.testing.JobPostingBuilder.aPosting;
import static com.applicationmanager.testing.JobPostingBuilder.atLeast;
import static com.applicationmanager.testing.JobPostingBuilder.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.applicationmanager.posting.PostingCriteria;

class ScreeningTest {

    private static final PostingCriteria BACKEND = aPosting()
            .withRequiredSkills("Java", "SQL", "Kubernetes", "event-driven")
            .withNiceToHaveSkills("Quarkus", "Kafka")
            .withMinYearsExperience(5)
            .withQuestion(yesNo("uk-work-permit", "Are you authorised to work in the UK?", "yes"))
            .withQuestion(atLeast("java-years", "Years of experience with Java", 3))
            .criteria();

    private static final Map<String, String> GOOD_ANSWERS = Map.of("uk-work-permit", "yes", "java-years", "6");

    @Test
    void aKnockOutEndsScreeningBeforeAnyScore() {
        Map<String, Object> screening = screen(BACKEND, "Java, SQL, Kubernetes, event driven systems, Quarkus, Kafka; 12 years.",
                null, Map.of("uk-work-permit", "no", "java-years", "6"));

        assertThat(screening).containsEntry("outcome", "knocked-out").doesNotContainKey("score")
                .containsEntry("knockedOutBy", List.of("uk-work-permit"));
        assertThat(explanation(screening)).containsExactly(
                "Knock-out question \"Are you authorised to work in the UK?\": answered 'no'; the posting requires 'yes'");
    }

    @Test
    void aPartialMatchScoresWhatWasFoundAndNamesWhatIsMissing() {
        String resume = "Backend developer: Java and PostgreSQL-backed SQL services. 3 years at a fintech.";
        String coverLetter = "I have built event-driven pipelines and want to learn Quarkus.";

        Map<String, Object> screening = screen(BACKEND, resume, coverLetter, GOOD_ANSWERS);

        // required 3/4 of 60 = 45, nice 1/2 of 20 = 10, experience 3/5 of 20 = 12
        assertThat(screening).containsEntry("outcome", "scored").containsEntry("score", 67);
        assertThat(explanation(screening)).containsExactly(
                "Knock-out questions: all 2 passed",
                "Required skills: 3 of 4 found - Java (resume), SQL (resume), event-driven (cover letter); missing: Kubernetes",
                "Nice-to-have skills: 1 of 2 found - Quarkus (cover letter); missing: Kafka",
                "Experience: 3 years stated in the resume; 5 required",
                "Score 67 of 100: required skills 45/60, nice-to-have skills 10/20, experience 12/20");
        assertThat(screening.get("requiredSkills")).isEqualTo(
                Map.of("found", List.of("Java", "SQL", "event-driven"), "missing", List.of("Kubernetes")));
        assertThat(screening.get("yearsOfExperience")).isEqualTo(Map.of("found", 3, "required", 5));
    }

    @Test
    void aFullMatchScores100() {
        String resume = "Ten years of Java, SQL and Kubernetes; event driven architecture with Kafka and Quarkus.";

        Map<String, Object> screening = screen(BACKEND, resume, "Happy to talk.", GOOD_ANSWERS);

        assertThat(screening).containsEntry("outcome", "scored").containsEntry("score", 100);
        assertThat(explanation(screening)).contains("Experience: 10 years stated in the resume; 5 required",
                "Score 100 of 100: required skills 60/60, nice-to-have skills 20/20, experience 20/20");
    }

    @Test
    void partsThePostingDoesNotAskForShareTheirWeight() {
        PostingCriteria noExtras = aPosting().withRequiredSkills("Java", "SQL").withNiceToHaveSkills()
                .withMinYearsExperience(0).criteria();

        Map<String, Object> screening = screen(noExtras, "Java only", null, Map.of());

        assertThat(screening).containsEntry("score", 50);
        assertThat(explanation(screening)).contains("Nice-to-have skills: none listed by the posting",
                "Experience: no years stated in the resume or cover letter; the posting asks for no minimum",
                "Score 50 of 100: required skills 50/100");
    }

    @Test
    void theResultNamesThePostingRevisionItApplied() {
        assertThat(screen(BACKEND, "Java", null, GOOD_ANSWERS)).containsEntry("postingRevision", 0L);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> screen(PostingCriteria posting, String resume, String coverLetter, Map<String, String> answers) {
        return (Map<String, Object>) Screening.screen(posting, resume, coverLetter, answers).get("screening");
    }

    @SuppressWarnings("unchecked")
    private static List<String> explanation(Map<String, Object> screening) {
        return (List<String>) screening.get("explanation");
    }
}
