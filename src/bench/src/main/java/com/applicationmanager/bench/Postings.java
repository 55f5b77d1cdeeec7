package com.applicationmanager.bench;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The job postings the benchmark applies to: several job types, each with its own screening questions. */
final class Postings {

    record Posting(String id, String type, String title, List<String> skills) {

        JsonObject json() {
            return new JsonObject().put("id", id).put("title", title).put("type", type).put("location", "London")
                    .put("remote", type.equals("engineering") || type.equals("data"))
                    .put("requiredSkills", new JsonArray(skills.subList(0, 2)))
                    .put("niceToHaveSkills", new JsonArray(skills.subList(2, skills.size())))
                    .put("minYearsExperience", 2)
                    .put("screeningQuestions", new JsonArray()
                            .add(new JsonObject().put("id", "work-permit").put("text", "Are you authorised to work in the UK?")
                                    .put("kind", "YES_NO").put("knockOut", new JsonObject().put("requiredAnswer", "yes")))
                            .add(new JsonObject().put("id", "years").put("text", "Years of relevant experience")
                                    .put("kind", "NUMBER").put("knockOut", new JsonObject().put("minimum", 1)))
                            .add(new JsonObject().put("id", "contract").put("text", "Which contract are you looking for?")
                                    .put("kind", "CHOICE").put("choices", new JsonArray(CONTRACTS))));
        }
    }

    static final List<String> CONTRACTS = List.of("Permanent", "Fixed-term", "Freelance");

    static final List<Posting> ALL = List.of(
            new Posting("bench-eng-001", "engineering", "Senior Backend Engineer", List.of("Java", "SQL", "Kafka", "Quarkus")),
            new Posting("bench-eng-002", "engineering", "Site Reliability Engineer", List.of("Linux", "Kubernetes", "Go", "Terraform")),
            new Posting("bench-data-001", "data", "Data Engineer", List.of("Python", "SQL", "Spark", "Airflow")),
            new Posting("bench-sales-001", "sales", "Account Executive", List.of("negotiation", "CRM", "SaaS", "forecasting")),
            new Posting("bench-support-001", "support", "Customer Support Specialist", List.of("Zendesk", "English", "German", "SQL")),
            new Posting("bench-design-001", "design", "Product Designer", List.of("Figma", "user research", "prototyping", "accessibility")));

    private Postings() {
    }
}
