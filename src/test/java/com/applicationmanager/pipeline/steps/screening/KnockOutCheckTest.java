package com.applicationmanager.pipeline.steps.screening;

import static com.applicationmanager.testing.JobPostingBuilder.atLeast;
import static com.applicationmanager.testing.JobPostingBuilder.choice;
import static com.applicationmanager.testing.JobPostingBuilder.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.applicationmanager.posting.QuestionKind;
import com.applicationmanager.posting.ScreeningQuestion;

class KnockOutCheckTest {

    private static final ScreeningQuestion WORK_PERMIT = yesNo("uk-work-permit", "Are you authorised to work in the UK?", "yes");
    private static final ScreeningQuestion JAVA_YEARS = atLeast("java-years", "Years of experience with Java", 3);
    private static final ScreeningQuestion CONTRACT = choice("contract", "Which contract do you want?",
            List.of("Permanent", "Fixed-term", "Freelance"), List.of("Permanent", "Fixed-term"));
    private static final List<ScreeningQuestion> QUESTIONS = List.of(WORK_PERMIT, JAVA_YEARS, CONTRACT);

    @Test
    void answersThatMeetEveryRuleKnockNothingOut() {
        assertThat(KnockOutCheck.failures(QUESTIONS, Map.of("uk-work-permit", "Yes", "java-years", "10 years",
                "contract", "permanent"))).isEmpty();
    }

    @Test
    void answersKeyedByTheQuestionTextCountLikeAnswersKeyedById() {
        assertThat(KnockOutCheck.failures(QUESTIONS, Map.of("Are you authorised to work in the UK?", "yes",
                "years of experience with java", "4", "Which contract do you want", "Fixed-term"))).isEmpty();
    }

    @Test
    void eachBrokenRuleIsReportedWithTheAnswerAndTheRequirement() {
        List<KnockOutCheck.Failure> failures = KnockOutCheck.failures(QUESTIONS,
                Map.of("uk-work-permit", "no", "java-years", "2", "contract", "Freelance"));

        assertThat(failures).extracting(KnockOutCheck.Failure::questionId)
                .containsExactly("uk-work-permit", "java-years", "contract");
        assertThat(failures).extracting(KnockOutCheck.Failure::explain).containsExactly(
                "Knock-out question \"Are you authorised to work in the UK?\": answered 'no'; the posting requires 'yes'",
                "Knock-out question \"Years of experience with Java\": answered 2; the posting requires at least 3",
                "Knock-out question \"Which contract do you want?\": answered 'Freelance'; the posting accepts Permanent or Fixed-term");
    }

    @Test
    void aMissingOrUnreadableAnswerToAKnockOutQuestionKnocksOutAndSaysWhy() {
        List<KnockOutCheck.Failure> failures = KnockOutCheck.failures(QUESTIONS,
                Map.of("uk-work-permit", "maybe", "contract", "Internship"));

        assertThat(failures).extracting(KnockOutCheck.Failure::reason).containsExactly(
                "answered 'maybe', which is neither yes nor no",
                "not answered",
                "answered 'Internship', which is not one of Permanent, Fixed-term, Freelance");
    }

    @Test
    void aQuestionWithoutKnockOutRuleNeverKnocksOut() {
        ScreeningQuestion informative = new ScreeningQuestion("notice", "What is your notice period?",
                QuestionKind.NUMBER, null, null);
        assertThat(KnockOutCheck.failures(List.of(informative), Map.of())).isEmpty();
    }
}
