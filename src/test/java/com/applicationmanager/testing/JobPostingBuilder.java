package com.applicationmanager.testing;

import static com.applicationmanager.testing.Credentials.asClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.applicationmanager.posting.KnockOut;
import com.applicationmanager.posting.PostingCriteria;
import com.applicationmanager.posting.QuestionKind;
import com.applicationmanager.posting.ScreeningQuestion;

import io.restassured.http.ContentType;

/**
 * Test data: {@code aPosting().withRequiredSkills("Java", "SQL").create()} posts it to the API under test;
 * {@code criteria()} gives the same posting as the screening step sees it, for unit tests.
 */
public final class JobPostingBuilder {

    private String id = "posting-" + UUID.randomUUID().toString().substring(0, 8);
    private String title = "Senior Backend Engineer";
    private String type = "engineering";
    private String location = "London";
    private boolean remote;
    private List<String> requiredSkills = List.of("Java", "SQL");
    private List<String> niceToHaveSkills = List.of("RabbitMQ");
    private int minYearsExperience = 3;
    private final List<ScreeningQuestion> questions = new ArrayList<>();

    private JobPostingBuilder() {
    }

    public static JobPostingBuilder aPosting() {
        return new JobPostingBuilder();
    }

    /** Creates the posting with this id unless it exists, for tests that submit to a fixed posting id. */
    public static void ensureOpen(String id) {
        int status = asClient().contentType(ContentType.JSON).body(aPosting().withId(id).json())
                .post("/api/v1/postings").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create posting " + id + ": HTTP " + status);
        }
    }

    public static ScreeningQuestion yesNo(String id, String text, String requiredAnswer) {
        return new ScreeningQuestion(id, text, QuestionKind.YES_NO, null, new KnockOut(requiredAnswer, null, null, null));
    }

    public static ScreeningQuestion atLeast(String id, String text, int minimum) {
        return new ScreeningQuestion(id, text, QuestionKind.NUMBER, null,
                new KnockOut(null, BigDecimal.valueOf(minimum), null, null));
    }

    public static ScreeningQuestion choice(String id, String text, List<String> choices, List<String> accepted) {
        return new ScreeningQuestion(id, text, QuestionKind.CHOICE, choices, new KnockOut(null, null, null, accepted));
    }

    public JobPostingBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public JobPostingBuilder withType(String type) {
        this.type = type;
        return this;
    }

    public JobPostingBuilder remote() {
        this.remote = true;
        this.location = null;
        return this;
    }

    public JobPostingBuilder withRequiredSkills(String... skills) {
        this.requiredSkills = List.of(skills);
        return this;
    }

    public JobPostingBuilder withNiceToHaveSkills(String... skills) {
        this.niceToHaveSkills = List.of(skills);
        return this;
    }

    public JobPostingBuilder withMinYearsExperience(int years) {
        this.minYearsExperience = years;
        return this;
    }

    public JobPostingBuilder withQuestion(ScreeningQuestion question) {
        questions.add(question);
        return this;
    }

    public Map<String, Object> json() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", id);
        fields.put("title", title);
        fields.put("type", type);
        if (location != null) {
            fields.put("location", location);
        }
        fields.put("remote", remote);
        fields.put("requiredSkills", requiredSkills);
        fields.put("niceToHaveSkills", niceToHaveSkills);
        fields.put("minYearsExperience", minYearsExperience);
        fields.put("screeningQuestions", List.copyOf(questions));
        return fields;
    }

    /** POSTs the posting and returns its id; fails unless the API answers 201. */
    public String create() {
        return create(Credentials.clientKey());
    }

    /** The same as the client with this key, so in its tenant. */
    public String create(String clientKey) {
        return asClient(clientKey).contentType(ContentType.JSON).body(json()).post("/api/v1/postings")
                .then().statusCode(201).extract().path("id");
    }

    public PostingCriteria criteria() {
        return new PostingCriteria(0, requiredSkills, niceToHaveSkills, minYearsExperience, List.copyOf(questions));
    }
}
