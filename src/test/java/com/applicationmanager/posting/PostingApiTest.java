package com.applicationmanager.posting;

import static com.applicationmanager.testing.JobPostingBuilder.aPosting;
import static com.applicationmanager.testing.JobPostingBuilder.yesNo;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PostingApiTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void aPostingIsCreatedChangedAndClosed() {
        Map<String, Object> posting = aPosting()
                .withQuestion(yesNo("uk-work-permit", "Are you authorised to work in the UK?", "yes")).json();
        String id = (String) posting.get("id");

        asClient().contentType(ContentType.JSON).body(posting).post("/api/v1/postings")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/postings/" + id))
                .body("status", equalTo("OPEN"))
                .body("screeningQuestions[0].kind", equalTo("YES_NO"))
                .body("screeningQuestions[0].knockOut.requiredAnswer", equalTo("yes"));

        posting.put("requiredSkills", List.of("Java", "Kubernetes"));
        asClient().contentType(ContentType.JSON).body(posting).put("/api/v1/postings/{id}", id)
                .then().statusCode(200)
                .body("requiredSkills", containsInAnyOrder("Java", "Kubernetes"))
                .body("revision", equalTo(1));

        asClient().post("/api/v1/postings/{id}/close", id)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue());
        asClient().get("/api/v1/postings/{id}", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("screeningQuestions[0].text", equalTo("Are you authorised to work in the UK?"));
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".job_posting where id = ? and status = 'CLOSED'", (Object) id))
                .isOne();
    }

    @Test
    void anInvalidFieldIsRefusedBeforeTheRulesAreChecked() {
        Map<String, Object> posting = aPosting().withQuestion(yesNo("java", "Do you like Java?", "maybe")).json();

        asClient().contentType(ContentType.JSON).body(posting).post("/api/v1/postings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("screeningQuestions[0].knockOut.requiredAnswer"));
    }

    @Test
    void aPostingWhoseRulesDoNotHoldIsRefusedFieldByFieldAndNotStored() {
        Map<String, Object> posting = aPosting().withRequiredSkills("Java", "java")
                .withQuestion(new ScreeningQuestion("java-years", "Years of Java?", QuestionKind.NUMBER, null,
                        new KnockOut("yes", null, null, null)))
                .withQuestion(yesNo("java-years", "Do you like Java?", "yes"))
                .json();
        posting.remove("location");

        asClient().contentType(ContentType.JSON).body(posting).post("/api/v1/postings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("location", "requiredSkills[1]",
                        "screeningQuestions[0].knockOut", "screeningQuestions[1].id"));

        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".job_posting where id = ?", (Object) posting.get("id")))
                .isZero();
    }

    @Test
    void aTakenIdIsAConflict() {
        String id = aPosting().create();
        asClient().contentType(ContentType.JSON).body(aPosting().withId(id).json()).post("/api/v1/postings")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aClosedPostingCannotChange() {
        String id = aPosting().create();
        asClient().post("/api/v1/postings/{id}/close", id).then().statusCode(200);

        asClient().contentType(ContentType.JSON).body(aPosting().withId(id).json()).put("/api/v1/postings/{id}", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:job-posting-closed"));
    }

    @Test
    void anUnknownPostingIsA404Problem() {
        asClient().get("/api/v1/postings/{id}", "no-such-posting")
                .then().statusCode(404).contentType("application/problem+json");
        asClient().post("/api/v1/postings/{id}/close", "no-such-posting")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theListFiltersByStatusAndTypeAndPagesWithACursor() {
        String type = "type-" + UUID.randomUUID().toString().substring(0, 8);
        String first = aPosting().withId(type + "-a").withType(type).create();
        String second = aPosting().withId(type + "-b").withType(type).remote().create();
        String third = aPosting().withId(type + "-c").withType(type).create();
        asClient().post("/api/v1/postings/{id}/close", second).then().statusCode(200);

        var page = asClient().queryParam("type", type).queryParam("status", "OPEN").queryParam("limit", 1)
                .get("/api/v1/postings").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id")).containsExactly(first);
        assertThat(page.getString("next")).isEqualTo(first);

        var rest = asClient().queryParam("type", type).queryParam("status", "OPEN").queryParam("after", first)
                .get("/api/v1/postings").then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items.id")).containsExactly(third);
        assertThat(rest.getString("next")).isNull();
    }
}
