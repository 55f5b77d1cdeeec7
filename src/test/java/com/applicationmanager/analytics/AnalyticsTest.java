package com.applicationmanager.analytics;

import static com.applicationmanager.admin.testing.Ops.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.admin.testing.Ops;
import com.applicationmanager.admin.testing.OpsTestProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(OpsTestProfile.class)
class AnalyticsTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    private TimelineRows rows;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant t0 = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void rows() {
        rows = new TimelineRows(dataSource, schema);
    }

    @Test
    void percentilesAndRatesByTypeComeFromTheTimeline() {
        String type = "analytics-" + run;
        for (int ms = 100; ms <= 400; ms += 100) {
            UUID id = rows.application(type, "acme", t0);
            rows.change(id, "PROCESSING", t0.plusMillis(100), null);
            rows.change(id, "COMPLETED", t0.plusMillis(100 + ms), null);
        }
        UUID retried = rows.application(type, "acme", t0);
        rows.change(retried, "PROCESSING", t0.plusMillis(100), null);
        rows.change(retried, "RETRYING", t0.plusMillis(200), "screen");
        rows.change(retried, "PROCESSING", t0.plusMillis(1200), null);
        rows.change(retried, "COMPLETED", t0.plusMillis(1700), null);
        UUID failed = rows.application(type, "acme", t0);
        rows.change(failed, "PROCESSING", t0.plusMillis(100), null);
        rows.change(failed, "FAILED", t0.plusMillis(150), null);

        JsonPath report = asAdmin().queryParam("by", "type").queryParam("window", "1h")
                .get("/api/v1/admin/analytics").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = report.getMap("rows.find { it.key == '" + type + "' }");

        assertThat(row).containsEntry("attempts", 7).containsEntry("completed", 5).containsEntry("retried", 1)
                .containsEntry("deadLettered", 1);
        assertThat(((Number) row.get("successRate")).doubleValue()).isCloseTo(5 / 6.0, within(1e-6));
        assertThat(((Number) row.get("retryRate")).doubleValue()).isCloseTo(1 / 7.0, within(1e-6));
        assertThat(((Number) row.get("deadLetterRate")).doubleValue()).isCloseTo(1 / 6.0, within(1e-6));
        // successful attempts took 100..500 ms; end to end 200, 300, 400, 500 and 1700 ms
        assertThat(report.getDouble("rows.find { it.key == '" + type + "' }.processingMs.p50")).isCloseTo(300, within(0.01));
        assertThat(report.getDouble("rows.find { it.key == '" + type + "' }.processingMs.p95")).isCloseTo(480, within(0.01));
        assertThat(report.getDouble("rows.find { it.key == '" + type + "' }.processingMs.p99")).isCloseTo(496, within(0.01));
        assertThat(report.getDouble("rows.find { it.key == '" + type + "' }.endToEndMs.p50")).isCloseTo(400, within(0.01));
    }

    @Test
    void stepsReportTheirDurationsAndFailures() {
        String first = "st-" + run + "-a";
        String second = "st-" + run + "-b";
        UUID id = rows.application("analytics-steps", "acme", t0);
        rows.change(id, "PROCESSING", t0.plusMillis(100), null);
        rows.stepDone(id, first, t0.plusMillis(130));
        rows.change(id, "RETRYING", t0.plusMillis(140), second);
        rows.change(id, "PROCESSING", t0.plusMillis(1000), null);
        rows.stepDone(id, second, t0.plusMillis(1070));

        JsonPath report = asAdmin().queryParam("by", "step").queryParam("window", "PT1H")
                .get("/api/v1/admin/analytics").then().statusCode(200).extract().jsonPath();

        assertThat(report.getDouble("rows.find { it.key == '" + first + "' }.processingMs.p50")).isCloseTo(30, within(0.01));
        assertThat(report.getInt("rows.find { it.key == '" + first + "' }.completed")).isEqualTo(1);
        assertThat(report.getDouble("rows.find { it.key == '" + second + "' }.processingMs.p50")).isCloseTo(70, within(0.01));
        assertThat(report.getInt("rows.find { it.key == '" + second + "' }.retried")).isEqualTo(1);
        assertThat(report.getDouble("rows.find { it.key == '" + second + "' }.retryRate")).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void eventsOutsideTheWindowDoNotCount() {
        String tenant = "tenant-" + run;
        UUID old = rows.application("analytics-window", tenant, t0.minus(2, ChronoUnit.HOURS));
        rows.change(old, "PROCESSING", t0.minus(2, ChronoUnit.HOURS), null);
        UUID recent = rows.application("analytics-window", tenant, t0);
        rows.change(recent, "PROCESSING", t0.plusMillis(10), null);

        asAdmin().queryParam("by", "tenant").queryParam("window", "1h").get("/api/v1/admin/analytics")
                .then().statusCode(200).body("rows.find { it.key == '" + tenant + "' }.attempts", equalTo(1));
        asAdmin().queryParam("by", "tenant").queryParam("from", t0.minus(3, ChronoUnit.HOURS).toString())
                .queryParam("to", t0.plusSeconds(1).toString()).get("/api/v1/admin/analytics")
                .then().statusCode(200).body("rows.find { it.key == '" + tenant + "' }.attempts", equalTo(2));
    }

    @Test
    void badQueriesAreProblemsAndTheApiNeedsTheAdminRole() {
        asAdmin().queryParam("by", "colour").get("/api/v1/admin/analytics")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("by"));
        asAdmin().queryParam("window", "forever").get("/api/v1/admin/analytics")
                .then().statusCode(400).body("violations[0].field", equalTo("window"));
        asAdmin().queryParam("window", "90d").get("/api/v1/admin/analytics").then().statusCode(400);
        for (String window : new String[] { "9223372036854775807d", "PT9223372036854775807H", "99999999999m" }) {
            asAdmin().queryParam("window", window).get("/api/v1/admin/analytics").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        asAdmin().queryParam("from", "-999999999-01-01T00:00:00Z").queryParam("to", "-999999999-01-02T00:00:00Z")
                .get("/api/v1/admin/analytics").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/admin/analytics").then().statusCode(401);
        Ops.asClient().get("/api/v1/admin/analytics").then().statusCode(403);
    }

    @Test
    void theQueriesCanUseTheirIndexes() throws Exception {
        assertThat(plan(AnalyticsSql.BY_APPLICATION.formatted("type")))
                .contains("status_change_status_time_idx", "status_change_application_idx");
        assertThat(plan(AnalyticsSql.STEP_DURATIONS)).contains("step_result_completed_idx");
        assertThat(plan(AnalyticsSql.STEP_FAILURES)).contains("status_change_status_time_idx");
    }

    /** The plan PostgreSQL picks when sequential scans are priced out: proves a usable index exists. */
    private String plan(String sql) throws Exception {
        String explain = "explain " + sql.replace("{h-schema}", schema + ".")
                .replace("?1", "now() - interval '1 hour'").replace("?2", "now()");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet lines = statement.executeQuery(explain)) {
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
            }
            connection.rollback();
            return plan.toString();
        }
    }
}
