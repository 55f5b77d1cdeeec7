package com.applicationmanager.pipeline.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.applicationmanager.ids.Ids;
import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.JobApplication;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Against the real database; the window is the default 30 days. */
@QuarkusTest
class DuplicateStepTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Inject
    DuplicateStep step;

    private final String posting = "dedupe-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEarlierApplicationInsideTheWindowMakesThisOneADuplicate() {
        UUID earlier = stored("Ada@Example.org", posting, NOW.minus(Duration.ofDays(29)), ApplicationStatus.COMPLETED);
        stored("ada@example.org", posting, NOW.minus(Duration.ofDays(2)), ApplicationStatus.COMPLETED);
        UUID current = stored("ada@example.org", posting, NOW, ApplicationStatus.PROCESSING);

        assertThat(duplicateOf(current)).as("the first one inside the window").isEqualTo(earlier.toString());
    }

    @Test
    void anEarlierApplicationOutsideTheWindowDoesNotCount() {
        stored("ada@example.org", posting, NOW.minus(Duration.ofDays(31)), ApplicationStatus.COMPLETED);
        UUID current = stored("ada@example.org", posting, NOW, ApplicationStatus.PROCESSING);

        assertThat(duplicateOf(current)).isNull();
    }

    @Test
    void anApplicationToAnotherPostingIsNotADuplicate() {
        stored("ada@example.org", posting + "-other", NOW.minus(Duration.ofDays(1)), ApplicationStatus.COMPLETED);
        UUID current = stored("ada@example.org", posting, NOW, ApplicationStatus.PROCESSING);

        assertThat(duplicateOf(current)).isNull();
    }

    @Test
    void anotherTenantsApplicationOfTheSameCandidateIsNotADuplicate() {
        stored("other-tenant", "ada@example.org", posting, NOW.minus(Duration.ofDays(1)), ApplicationStatus.COMPLETED);
        UUID current = stored("ada@example.org", posting, NOW, ApplicationStatus.PROCESSING);

        assertThat(duplicateOf(current)).isNull();
    }

    @Test
    void aWithdrawnEarlierApplicationOrALaterOneDoesNotCount() {
        stored("ada@example.org", posting, NOW.minus(Duration.ofDays(1)), ApplicationStatus.WITHDRAWN);
        UUID current = stored("ada@example.org", posting, NOW, ApplicationStatus.PROCESSING);
        stored("ada@example.org", posting, NOW.plus(Duration.ofMinutes(1)), ApplicationStatus.RECEIVED);

        assertThat(duplicateOf(current)).isNull();
    }

    private String duplicateOf(UUID id) {
        JobApplication a = QuarkusTransaction.requiringNew().call(() -> JobApplication.<JobApplication>findById(id));
        ApplicationSnapshot snapshot = new ApplicationSnapshot(a.id, a.type, a.tenant, a.candidateName, a.email, a.phone,
                a.jobPostingId, a.resumeText, a.resumeUrl, a.coverLetter, Map.of(), 1,
                Map.of("normalise", Map.of("email", a.email.toLowerCase())));
        Map<String, Object> output = step.run(snapshot);
        assertThat(output).containsKey("duplicateOf");
        return (String) output.get("duplicateOf");
    }

    private static UUID stored(String email, String postingId, Instant submittedAt, ApplicationStatus status) {
        return stored("public", email, postingId, submittedAt, status);
    }

    private static UUID stored(String tenant, String email, String postingId, Instant submittedAt, ApplicationStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            JobApplication application = new JobApplication();
            application.id = Ids.newId();
            application.candidateName = "Ada Lovelace";
            application.email = email;
            application.jobPostingId = postingId;
            application.resumeText = "Analytical engines";
            application.type = "engineering";
            application.tenant = tenant;
            application.tier = "free";
            application.correlationId = UUID.randomUUID().toString();
            application.submittedAt = submittedAt;
            application.status = status;
            application.updatedAt = submittedAt;
            application.persist();
            return application.id;
        });
    }
}
