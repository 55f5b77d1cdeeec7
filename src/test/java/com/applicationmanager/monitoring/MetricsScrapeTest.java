package com.applicationmanager.monitoring;

import static com.applicationmanager.admin.testing.Ops.awaitStatus;
import static com.applicationmanager.admin.testing.Ops.deadLetterQueue;
import static com.applicationmanager.admin.testing.Ops.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.Promtool;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class MetricsScrapeTest {

    private final BrokerProbe broker = new BrokerProbe();

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    @Test
    void queueDepthGaugeFollowsTheBroker() {
        IntStream.range(0, 3).forEach(i -> broker.publish("", deadLetterQueue(), "{\"n\": " + i + "}", Map.of()));
        String series = "applications_queue_depth{kind=\"dead-letter\",queue=\"" + deadLetterQueue() + "\",state=\"ready\"}";

        await().atMost(Duration.ofSeconds(20)).until(() -> scrape().contains(series + " 3.0"));
        broker.purge(deadLetterQueue());
        await().atMost(Duration.ofSeconds(20)).until(() -> scrape().contains(series + " 0.0"));
    }

    @Test
    void scrapeHasEveryDocumentedMeterAndPassesPromtool() throws Exception {
        String id = submit("Metric Candidate");
        awaitStatus(id, "COMPLETED");
        await().atMost(Duration.ofSeconds(20)).until(() -> scrape().contains("applications_broker_statistics_up 1.0"));

        // promtool reads the classic text format; Prometheus itself negotiates OpenMetrics
        String scrape = given().accept("text/plain; version=0.0.4").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        String job = OpsTestProfile.JOB_TYPE;
        String breaker = "method=\"com.applicationmanager.outbox.OutboxPublisher.publishConfirmed\"";
        assertThat(scrape)
                .containsPattern("applications_submitted_total\\{outcome=\"accepted\",?} [1-9]")
                .containsPattern("applications_processed_total\\{outcome=\"completed\",type=\"" + job + "\",?} [1-9]")
                .contains("applications_processing_duration_seconds_bucket{type=\"" + job + "\",le=\"0.5\"")
                .contains("applications_step_duration_seconds_bucket{outcome=\"success\",step=\"normalise\",le=\"0.005\"")
                .contains("applications_queue_consumers{kind=\"work\"", "applications_queue_oldest_age_seconds{kind=\"work\"",
                        "applications_outbox_backlog ", "applications_outbox_oldest_age_seconds ")
                .containsPattern("ft_circuitbreaker_state_current\\{" + breaker + ",state=\"closed\",?} 1\\.0")
                .containsPattern("ft_circuitbreaker_state_current\\{" + breaker + ",state=\"open\",?} 0\\.0")
                .containsPattern("ft_circuitbreaker_calls_total\\{circuit_breaker_result=\"success\"," + breaker + ",?} [1-9]")
                .contains("ft_timeout_execution_duration_seconds_count{", "system_cpu_logical ", "process_cpu_usage ")
                .doesNotContain("circuitBreakerResult", "executionDuration", "process_cpu_time", "system_cpu_count",
                        "http_server_connections");

        for (String used : metricsUsedBy("monitoring/alerts.yml", "monitoring/grafana-dashboard.json")) {
            assertThat(scrape).as("exported: " + used).contains(used);
            assertThat(Files.readString(Path.of("docs/metrics.md"))).as("documented: " + used)
                    .contains(used.replaceAll("_bucket$", ""));
        }

        Files.writeString(Path.of("target/metrics-scrape.txt"), scrape);
        Promtool.Result lint = Promtool.run(scrape, "check", "metrics");
        // 0: clean; 3: lint findings; 1: a scrape promtool cannot parse
        assertThat(lint.exitCode()).as("promtool check metrics on a live scrape: %s", lint.output()).isZero();
        assertThat(lint.output()).isBlank();
    }

    private static Set<String> metricsUsedBy(String... files) throws Exception {
        Set<String> names = new TreeSet<>();
        for (String file : files) {
            Matcher matcher = Pattern.compile("\\b(?:applications|ft)_[a-z_]+").matcher(Files.readString(Path.of(file)));
            while (matcher.find()) {
                names.add(matcher.group());
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
