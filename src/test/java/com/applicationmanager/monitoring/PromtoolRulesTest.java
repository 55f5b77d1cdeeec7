package com.applicationmanager.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Promtool;

/** The alert rules are valid, and each alert fires and stays quiet where monitoring/alerts-test.yml says. */
class PromtoolRulesTest {

    @Test
    void alertRulesAreValid() throws Exception {
        Promtool.Result result = Promtool.run(null, "check", "rules", "monitoring/alerts.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void everyAlertFiresAndStaysQuietAsItsUnitTestsSay() throws Exception {
        Promtool.Result result = Promtool.run(null, "test", "rules", "monitoring/alerts-test.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }
}
