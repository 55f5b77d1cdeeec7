package com.applicationmanager.submission;

import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.submission.SubmissionProblems.NotStorable;
import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.Rows;
import com.applicationmanager.tracking.ApplicationStatus;

import io.quarkus.test.junit.QuarkusTest;

/**
 * One group-commit transaction holding every kind of submission at once, written against the real database: each
 * gets its own answer, and the valid ones commit whatever their neighbours did.
 */
@QuarkusTest
class MixedBatchTest {

    /** The database refuses this name (a check constraint the test adds): a row only the database can refuse. */
    private static final String REFUSED_NAME = "Refused By Database";

    @Inject
    SubmissionWriter writer;

    @Inject
    Outbox outbox;

    @Inject
    RequestFingerprint fingerprint;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void eachSubmissionOfABatchGetsItsOwnAnswerAndTheValidOnesCommit() throws Exception {
        NewClient created = newClient("free", null);
        ClientPrincipal client = new ClientPrincipal(created.id(), "mixed", created.tenant(), "free", null);
        PendingSubmission earlier = pending(client, "Earlier Request", "key-earlier");
        writer.write(List.of(earlier));
        Submission original = earlier.answer().get(10, TimeUnit.SECONDS);

        PendingSubmission plain = pending(client, "Plain New", null);
        PendingSubmission keyed = pending(client, "Keyed New", "key-fresh");
        PendingSubmission repeatInBatch = pending(client, "Keyed New", "key-fresh");
        PendingSubmission retry = pending(client, "Earlier Request", "key-earlier");
        PendingSubmission reusedKey = pending(client, "Another Body", "key-earlier");
        PendingSubmission refusedRow = pending(client, REFUSED_NAME, null);
        PendingSubmission last = pending(client, "Last New", null);
        execute("alter table " + schema + ".application add constraint mixed_batch_refuses check (candidate_name <> '"
                + REFUSED_NAME + "')");
        try {
            writer.write(List.of(plain, keyed, repeatInBatch, retry, reusedKey, refusedRow, last));
        } finally {
            execute("alter table " + schema + ".application drop constraint mixed_batch_refuses");
        }

        assertNew(plain);
        Submission keyedAnswer = assertNew(keyed);
        Submission repeated = repeatInBatch.answer().get(10, TimeUnit.SECONDS);
        assertThat(repeated.id()).as("a repeat in the batch replays the first").isEqualTo(keyedAnswer.id());
        assertThat(repeated.replayed()).isTrue();
        Submission replayed = retry.answer().get(10, TimeUnit.SECONDS);
        assertThat(replayed.id()).isEqualTo(original.id());
        assertThat(replayed.replayed()).isTrue();
        assertThat(refusal(reusedKey)).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(refusal(refusedRow)).isInstanceOf(NotStorable.class);
        assertNew(last);

        assertThat(count("application where tenant = ?", client.tenant())).as("earlier, plain, keyed, last").isEqualTo(4);
        assertThat(count("application where candidate_name = ? and tenant = ?", REFUSED_NAME, client.tenant())).isZero();
        assertThat(count("status_change s join " + schema + ".application a on a.id = s.application_id "
                + "where a.tenant = ? and s.status = 'RECEIVED'", client.tenant())).isEqualTo(4);
        assertThat(count("idempotency_key where client_id = ?", client.id())).isEqualTo(2);
    }

    private PendingSubmission pending(ClientPrincipal client, String name, String key) {
        ApplicationRequest request = new ApplicationRequest(name, "mixed@example.org", null, "eng-backend-042",
                "Java and SQL.", null, null, Map.of(), null, "engineering");
        NewApplication application = NewApplication.of(request, client);
        return new PendingSubmission(application, outbox.prepare(application.message()), key,
                key == null ? null : fingerprint.of(request));
    }

    private static Submission assertNew(PendingSubmission submission) throws Exception {
        Submission answer = submission.answer().get(10, TimeUnit.SECONDS);
        assertThat(answer.id()).isEqualTo(submission.application().id());
        assertThat(answer.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(answer.replayed()).isFalse();
        return answer;
    }

    private static Throwable refusal(PendingSubmission submission) {
        return catchThrowable(() -> submission.answer().get(10, TimeUnit.SECONDS)).getCause();
    }

    private long count(String fromWhere, Object... parameters) {
        return Rows.count(dataSource, "select count(*) from " + schema + "." + fromWhere, parameters);
    }

    private void execute(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
