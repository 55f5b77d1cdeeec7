package com.applicationmanager.dashboard;

import static com.applicationmanager.admin.testing.Ops.awaitStatus;
import static com.applicationmanager.admin.testing.Ops.deadLetterQueue;
import static com.applicationmanager.admin.testing.Ops.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.admin.testing.TroubleStep;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The dashboard in a real headless Chromium against the real broker and database. */
@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class DashboardBrowserTest extends DashboardInBrowser {

    @Test
    void dashboardShowsLiveDepthsAndReprocessesADeadLetter() throws Exception {
        String token = UUID.randomUUID().toString();
        String id = submit("Dashboard Candidate " + TroubleStep.failUntilFixed(token));
        awaitStatus(id, "FAILED");

        HeadlessChromium.signIn(browser, dashboard, OpsTestProfile.ADMIN_USER, OpsTestProfile.ADMIN_PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        wait.until(ExpectedConditions.textToBe(By.id("operator"), OpsTestProfile.ADMIN_USER));
        assertThat(browser.findElements(By.cssSelector("#queues tr[data-kind='work']"))).hasSize(3);
        wait.until(ExpectedConditions.textToBe(DEAD_LETTER_DEPTH, "1"));

        // depths follow the broker: three more messages land in the dead-letter queue
        IntStream.range(0, 3).forEach(i -> broker.publish("", deadLetterQueue(), "{\"stray\": " + i + "}", Map.of()));
        wait.until(ExpectedConditions.textToBe(DEAD_LETTER_DEPTH, "4"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#dead-letters tbody tr"), 4));
        assertThat(browser.findElements(By.cssSelector("#rates tr[data-type='" + OpsTestProfile.JOB_TYPE + "']"))).hasSize(1);
        assertThat(browser.findElement(By.id("failures")).getText()).contains(id);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));

        TroubleStep.fix(token);
        browser.findElement(By.cssSelector("#dead-letters tr[data-application='" + id + "'] button.reprocess")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Reprocessed 1"));
        awaitStatus(id, "COMPLETED");
        wait.until(ExpectedConditions.textToBe(DEAD_LETTER_DEPTH, "3"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#dead-letters tbody tr"), 3));
        Files.write(Path.of("target/dashboard-after-reprocess.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(browser.findElement(By.id("broker-note")).isDisplayed()).isFalse();
        assertThat(HeadlessChromium.refusedRequests(browser)).isEmpty();

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/sign-in.html?signed-out"));
        assertThat(browser.manage().getCookieNamed("quarkus-credential")).isNull();
        browser.get(dashboard.toString());
        wait.until(ExpectedConditions.urlContains("/sign-in.html"));
    }
}
