package com.applicationmanager.pipeline.steps;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.JobPostingBuilder.aPosting;
import static com.applicationmanager.testing.JobPostingBuilder.yesNo;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Type "screened" runs normalise, dedupe, screen (test configuration); through the real broker and worker. */
@QuarkusTest
class ScreenedApplicationTest {

    private String posting;

    @BeforeEach
    void openPosting() {
        posting = aPosting().withType("screened").withRequiredSkills("Java", "SQL")
                .withNiceToHaveSkills("RabbitMQ").withMinYearsExperience(5)
                .withQuestion(yesNo("uk-work-permit", "Are you authorised to work in the UK?", "yes"))
                .create();
    }

    @Test
    void aKnockedOutApplicationCompletesWithTheKnockOutInItsResult() {
        JsonPath result = processed(Map.of("Are you authorised to work in the UK?", "no"), "knocked@example.org");

        assertThat(result.getString("result.screening.outcome")).isEqualTo("knocked-out");
        assertThat(result.getList("result.screening.explanation", String.class)).containsExactly(
                "Knock-out question \"Are you authorised to work in the UK?\": answered 'no'; the posting requires 'yes'");
        assertThat(result.getList("timeline.status")).containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
    }

    @Test
    void aSecondApplicationOfTheSameCandidateIsScoredAndMarkedAsDuplicate() {
        Map<String, String> answers = Map.of("uk-work-permit", "yes");
        JsonPath first = processed(answers, "Grace.Hopper@Example.org");
        JsonPath second = processed(answers, "grace.hopper@example.org");

        assertThat(first.getString("result.duplicateOf")).isNull();
        assertThat(second.getString("result.duplicateOf")).isEqualTo(first.getString("id"));
        assertThat(second.getString("result.screening.outcome")).isEqualTo("scored");
        // Java and SQL of the two required, no RabbitMQ, 12 of 5 years: 60 + 0 + 20
        assertThat(second.getInt("result.screening.score")).isEqualTo(80);
    }

    @Test
    void anApplicationAfterAPostingChangedIsScreenedAgainstTheChangedPosting() {
        Map<String, String> answers = Map.of("uk-work-permit", "yes");
        JsonPath before = processed(answers, "ada@example.org");
        asClient().contentType(ContentType.JSON)
                .body(aPosting().withId(posting).withType("screened").withRequiredSkills("Java", "SQL", "Kotlin", "Go")
                        .withNiceToHaveSkills("RabbitMQ").withMinYearsExperience(5)
                        .withQuestion(yesNo("uk-work-permit", "Are you authorised to work in the UK?", "yes")).json())
                .put("/api/v1/postings/{id}", posting).then().statusCode(200);
        JsonPath after = processed(answers, "alan@example.org");

        assertThat(after.getLong("result.screening.postingRevision"))
                .isEqualTo(before.getLong("result.screening.postingRevision") + 1);
        // two of the four required skills now, where both of two before
        assertThat(after.getInt("result.screening.score")).isLessThan(before.getInt("result.screening.score"));
    }

    private JsonPath processed(Map<String, String> answers, String email) {
        String id = asClient().contentType(ContentType.JSON)
                .body(anApplication().withType("screened").with("jobPostingId", posting).with("email", email)
                        .with("screeningAnswers", answers)
                        .with("resumeText", "Java and SQL since 2014: 12 years building payment systems.").build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asClient().get("/api/v1/applications/{id}", id)
                .then().statusCode(200).body("status", equalTo("COMPLETED")));
        return asClient().get("/api/v1/applications/{id}", id).then().extract().jsonPath();
    }
}
