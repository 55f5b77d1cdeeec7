package com.applicationmanager.worker;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.JobPostingBuilder;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One application, one trace: the intake's request span, the relay's publish (from the outbox row, on another
 * thread, after the request has ended) and the worker's processing span and steps share the trace id. Nothing
 * in-process can carry it from the request to the worker: only the outbox row and the message's headers do.
 */
@QuarkusTest
class TraceAcrossTheBrokerTest {

    private static final String SUBMIT = "POST /api/v1/applications";

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void openPosting() {
        JobPostingBuilder.ensureOpen("eng-backend-042");
    }

    @Test
    void theIntakesRequestSpanAndTheWorkersProcessingSpanShareOneTraceId() {
        String id = submit(null);

        SpanData processing = awaitProcessingSpan(id);
        List<SpanData> trace = spansOf(processing.getTraceId());

        assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.SERVER && span.getName().equals(SUBMIT))
                .as("the intake's request span in the worker's trace").hasSize(1);
        assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.PRODUCER)
                .as("the relay's publish of the outbox row").isNotEmpty();
        assertThat(trace).extracting(SpanData::getName)
                .as("each processing step").contains("step normalise", "step dedupe", "step screen", "step notify");
    }

    @Test
    void aCallersTraceparentMakesTheWholePathPartOfTheCallersTrace() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpanId = HexFormat.of().formatHex(randomBytes(8));
        String id = submit("00-" + traceId + "-" + callerSpanId + "-01");

        SpanData processing = awaitProcessingSpan(id);

        assertThat(processing.getTraceId()).isEqualTo(traceId);
        assertThat(spansOf(traceId)).filteredOn(span -> span.getName().equals(SUBMIT))
                .singleElement().satisfies(request -> assertThat(request.getParentSpanId()).isEqualTo(callerSpanId));
    }

    private String submit(String traceparent) {
        var request = asClient().contentType(ContentType.JSON).body(anApplication().build());
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return request.post("/api/v1/applications").then().statusCode(202).extract().path("id");
    }

    private SpanData awaitProcessingSpan(String applicationId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getName().equals(ApplicationConsumer.PROCESSING_SPAN))
                .filter(span -> applicationId.equals(span.getAttributes().get(ApplicationConsumer.APPLICATION_ID)))
                .findFirst().orElse(null), span -> span != null);
    }

    /** Waits for the whole trace: the request's span may be exported after the worker's. */
    private List<SpanData> spansOf(String traceId) {
        return await().atMost(Duration.ofSeconds(5)).until(
                () -> spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList(),
                trace -> trace.stream().anyMatch(span -> span.getName().equals(SUBMIT)));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
