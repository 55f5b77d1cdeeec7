package com.applicationmanager.dashboard;

import java.net.URL;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import com.applicationmanager.testing.BrokerProbe;

import io.quarkus.test.common.http.TestHTTPResource;

/** A fresh headless Chromium and a broker connection for each dashboard test. */
abstract class DashboardInBrowser {

    static final By DEAD_LETTER_DEPTH = By.cssSelector("#queues tr[data-kind='dead-letter'] td.ready");

    @TestHTTPResource("/admin/dashboard/")
    URL dashboard;

    final BrokerProbe broker = new BrokerProbe();
    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        broker.close();
    }
}
