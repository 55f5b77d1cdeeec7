package com.applicationmanager.hostile;

import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.Rows;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Throws {@code hostile.requests} (default 10,000) seeded hostile requests ({@code hostile.seed}) at the running
 * application over a raw socket and checks each answer: never a 5xx, the status its fault calls for, a
 * problem+json body without internals, and afterwards exactly as many applications as there were 202s —
 * so no refused request stored a row or queued a message (messages come only from outbox rows, and every
 * outbox row belongs to an application row written in the same transaction). On the broker, the accepted
 * ones are all processed, the work queue is empty and the dead-letter queue gained nothing.
 */
@QuarkusTest
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);
    private static final long SEED = Long.getLong("hostile.seed", 20_261_129L);
    private static final int REQUESTS = Integer.getInteger("hostile.requests", 10_000);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @ConfigProperty(name = "app.messaging.prefix")
    String prefix;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void hostileRequestsAreRefusedCleanlyAndStoreNothing() throws Exception {
        // clients get a default limit; ten thousand requests in seconds need a limit of their own
        NewClient client = newClient("free", 1_000_000);
        long applicationsBefore = Rows.count(dataSource, schema, "application");
        long deadLettersBefore;
        try (BrokerProbe broker = new BrokerProbe()) {
            deadLettersBefore = broker.ready(prefix + ".dead-letter");
        }
        HostileRequests requests = new HostileRequests(SEED, client.key());
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> seen = new TreeMap<>();
        List<HostileCase> accepted = new ArrayList<>();
        List<String> acceptedIds = new ArrayList<>();

        long started = System.nanoTime();
        try (RawHttp http = new RawHttp(RestAssured.port)) {
            for (int i = 0; i < REQUESTS; i++) {
                HostileCase hostile = requests.next();
                RawHttp.Response response = hostile.fault().answeredByCodec()
                        ? sendAlone(hostile) : http.send(hostile.request());
                seen.computeIfAbsent(hostile.fault() + " / " + hostile.label(), k -> new TreeMap<>())
                        .merge(response.status(), 1, Integer::sum);
                String problem = check(hostile, response);
                if (problem != null && failures.size() < 30) {
                    failures.add("#" + i + " " + hostile.fault() + " (" + hostile.label() + "): " + problem);
                }
                if (response.status() == 202) {
                    accepted.add(hostile);
                    acceptedIds.add(json.readTree(response.body()).path("id").asText());
                }
            }
        }
        LOG.infof("%d hostile requests (seed %d) in %d ms; answers by fault: %s", REQUESTS, SEED,
                (System.nanoTime() - started) / 1_000_000, seen);

        assertThat(failures).as("seed %d; answers by fault: %s", SEED, seen).isEmpty();
        assertThat(Rows.count(dataSource, schema, "application") - applicationsBefore)
                .as("applications stored = requests accepted").isEqualTo(accepted.size());
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".application where tenant = ?", (Object) client.tenant()))
                .isEqualTo(accepted.size());
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".outbox o where not exists (select 1 from "
                + schema + ".application a where a.id = o.application_id)")).as("outbox rows without an application").isZero();
        // the broker: the accepted ones are processed and the queues hold nothing else afterwards
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Rows.count(dataSource, "select count(*) from "
                + schema + ".application where tenant = ? and status = 'COMPLETED'", (Object) client.tenant()))
                .isEqualTo(accepted.size()));
        try (BrokerProbe broker = new BrokerProbe()) {
            for (String tier : List.of("enterprise", "professional", "free")) {
                assertThat(broker.ready(prefix + ".work." + tier)).isZero();
            }
            assertThat(broker.ready(prefix + ".dead-letter")).isEqualTo(deadLettersBefore);
        }
        for (int i = 0; i < accepted.size(); i++) {
            assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".application where id = ? and candidate_name = ?",
                    UUID.fromString(acceptedIds.get(i)), accepted.get(i).storedName()))
                    .as("stored as sent, in NFC: %s", accepted.get(i).storedName()).isEqualTo(1);
        }
    }

    /** Requests the codec refuses close their connection; they get one of their own. */
    private static RawHttp.Response sendAlone(HostileCase hostile) throws Exception {
        try (RawHttp alone = new RawHttp(RestAssured.port)) {
            return alone.send(hostile.request());
        }
    }

    private String check(HostileCase hostile, RawHttp.Response response) {
        int status = response.status();
        if (status >= 500 || !hostile.expected().contains(status)) {
            return "answered " + status + ", expected " + hostile.expected() + ": " + abbreviate(response.bodyText())
                    + " to " + abbreviate(new String(hostile.request(), java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", " | ").replaceAll("^.*Content-Length: [0-9]+ \\| \\| ", ""));
        }
        if (status < 400 || hostile.fault().answeredByCodec()) {
            return null;
        }
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "answered " + status + " as " + type;
        }
        String body = response.bodyText();
        if (body.contains("Exception") || body.contains("java.") || body.contains("com.applicationmanager")) {
            return "leaks internals: " + abbreviate(body);
        }
        try {
            JsonNode problem = json.readTree(body);
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()
                    || problem.path("detail").asText().isEmpty()) {
                return "incomplete problem: " + abbreviate(body);
            }
            if (hostile.expectedField() != null && !namesField(problem, hostile.expectedField())) {
                return "does not name " + hostile.expectedField() + ": " + abbreviate(body);
            }
        } catch (Exception e) {
            return "problem body is not JSON: " + abbreviate(body);
        }
        return null;
    }

    private static boolean namesField(JsonNode problem, String field) {
        for (JsonNode violation : problem.path("violations")) {
            String named = violation.path("field").asText();
            if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
