package com.applicationmanager.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Debian's chromium and chromedriver, headless; nothing is downloaded. */
final class HeadlessChromium {

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        assertThat(BROWSER.canExecute() && DRIVER.canExecute())
                .as("Debian's chromium and chromium-driver are not installed: apt-get install -y chromium chromium-driver "
                        + "(./mvnw verify does it through src/test/setup/prepare-machine.sh)")
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1300");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        return new ChromeDriver(service, options);
    }

    /** Signs in as a person does: the dashboard sends the browser to the sign-in form, which is filled in and sent. */
    static void signIn(ChromeDriver driver, URL dashboard, String user, String password) {
        driver.get(dashboard.toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/sign-in.html"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.urlToBe(dashboard.toString()));
    }

    /**
     * Every answer the browser received with a 4xx or 5xx status, as "status url", from Chromium's performance log
     * (the DevTools network events, EventSource included).
     */
    static List<String> refusedRequests(ChromeDriver driver) {
        List<String> refused = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = read(entry.getMessage()).path("message");
            if ("Network.responseReceived".equals(message.path("method").asText())) {
                JsonNode response = message.path("params").path("response");
                if (response.path("status").asInt() >= 400) {
                    refused.add(response.path("status").asInt() + " " + response.path("url").asText());
                }
            }
        }
        return refused;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chromium wrote a log entry that is not JSON: " + json, e);
        }
    }
}
