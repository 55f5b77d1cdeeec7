package com.applicationmanager.dashboard;

import static com.applicationmanager.admin.testing.Ops.asAdmin;
import static com.applicationmanager.admin.testing.Ops.deadLetterQueue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.OpsTestProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Without the management API, depths and consumers come from AMQP, and the page says what is missing. */
@QuarkusTest
@TestProfile(WithoutManagementApiProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class DashboardWithoutManagementApiTest extends DashboardInBrowser {

    @Test
    void queueFiguresComeFromAmqpAndThePageNamesThePlugin() {
        IntStream.range(0, 2).forEach(i -> broker.publish("", deadLetterQueue(), "{\"stray\": " + i + "}", Map.of()));

        JsonPath queues = asAdmin().get("/api/v1/admin/queues").then().statusCode(200).extract().jsonPath();
        assertThat(queues.getBoolean("managementUp")).isFalse();
        assertThat(queues.getString("source")).isEqualTo("amqp");
        assertThat(queues.getString("managementError")).contains("127.0.0.1:1");
        Map<String, Object> dead = queues.getMap("queues.find { it.kind == 'dead-letter' }");
        assertThat(dead).containsEntry("ready", 2).doesNotContainKey("unacked").doesNotContainKey("publishRate");
        // the workers of this process consume every work queue
        assertThat(queues.getList("queues.findAll { it.kind == 'work' }.consumers", Integer.class))
                .hasSize(3).allSatisfy(consumers -> assertThat(consumers).isPositive());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(scrape())
                .containsPattern("applications_queue_depth\\{kind=\"dead-letter\",queue=\"" + Pattern.quote(deadLetterQueue())
                        + "\",state=\"ready\",?} 2\\.0")
                .containsPattern("applications_broker_statistics_up(\\{})? 0\\.0"));

        HeadlessChromium.signIn(browser, dashboard, OpsTestProfile.ADMIN_USER, OpsTestProfile.ADMIN_PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBe(DEAD_LETTER_DEPTH, "2"));
        broker.publish("", deadLetterQueue(), "{\"stray\": 2}", Map.of());
        wait.until(ExpectedConditions.textToBe(DEAD_LETTER_DEPTH, "3"));
        assertThat(browser.findElement(By.cssSelector("#queues tr[data-kind='dead-letter'] td.unacked")).getText())
                .isEqualTo("–");
        assertThat(browser.findElement(By.id("broker-note")).getText())
                .contains("ready and consumers come from AMQP")
                .contains("rabbitmq-plugins enable rabbitmq_management");
        assertThat(HeadlessChromium.refusedRequests(browser)).isEmpty();
    }

    private static String scrape() {
        return given().accept("text/plain; version=0.0.4").get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
