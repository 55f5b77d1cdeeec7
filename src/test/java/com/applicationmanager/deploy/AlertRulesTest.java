package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.applicationmanager.testing.Promtool;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The PrometheusRule's groups are valid Prometheus rules (PromQL that parses, durations, labels): promtool says so. */
class AlertRulesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path folder;

    static Stream<Renderings.Source> sourcesWithRules() {
        return Renderings.all().filter(source -> !source.name().contains("without-keda") && !source.name().contains("dev"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcesWithRules")
    void promtoolAcceptsTheRules(Renderings.Source source) throws Exception {
        var rules = source.render().ofKind("PrometheusRule");
        assertThat(rules).hasSize(1);
        Path file = folder.resolve("rules.yml");
        YAML.writeValue(file.toFile(), rules.get(0).at("/spec"));
        Promtool.Result result = Promtool.run(null, "check", "rules", file.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 5 rules found");
    }

    /** The chart and the monitoring component ship the same alerts, once their names and namespace are set aside. */
    @Test
    void chartAndKustomizeShipTheSameAlerts() {
        Map<String, String> chart = alerts(Renderings.helm().findFirst().orElseThrow().render());
        Map<String, String> kustomize = alerts(Renderings.kustomize().filter(s -> s.name().endsWith("prod")).findFirst().orElseThrow().render());
        assertThat(chart).hasSize(5).isEqualTo(kustomize);
    }

    private static Map<String, String> alerts(Rendering rendering) {
        Map<String, String> alerts = new TreeMap<>();
        rendering.ofKind("PrometheusRule").forEach(rule -> rule.at("/spec/groups").forEach(group -> group.path("rules")
                .forEach(alert -> alerts.put(alert.path("alert").asText(), alert.path("expr").asText()
                        .replace("namespace=\"" + Renderings.NAMESPACE + "\", ", "")
                        .replace(Renderings.RELEASE + "-application-manager", "application-manager")))));
        return alerts;
    }
}
