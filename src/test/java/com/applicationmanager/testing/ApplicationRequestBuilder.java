package com.applicationmanager.testing;

import java.util.HashMap;
import java.util.Map;

/** Test data: {@code anApplication().withType("engineering").json()}. */
public final class ApplicationRequestBuilder {

    private final Map<String, Object> fields = new HashMap<>();

    private ApplicationRequestBuilder() {
        fields.put("candidateName", "Grace Hopper");
        fields.put("email", "grace.hopper@example.org");
        fields.put("phone", "+1 202 555 0147");
        fields.put("jobPostingId", "eng-backend-042");
        fields.put("resumeText", "Compilers, COBOL, and a long naval career.");
        fields.put("coverLetter", "I would like to join.");
        fields.put("screeningAnswers", Map.of("Years of experience with Java", "12"));
        fields.put("source", "referral");
        fields.put("type", "engineering");
    }

    public static ApplicationRequestBuilder anApplication() {
        return new ApplicationRequestBuilder();
    }

    public ApplicationRequestBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ApplicationRequestBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public ApplicationRequestBuilder withCandidateName(String name) {
        return with("candidateName", name);
    }

    public ApplicationRequestBuilder withType(String type) {
        return with("type", type);
    }

    public Map<String, Object> build() {
        return new HashMap<>(fields);
    }
}
