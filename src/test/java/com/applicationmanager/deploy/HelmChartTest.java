package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/** The chart lints strictly, and its values.schema.json turns away values that would render nonsense. */
class HelmChartTest {

    @TempDir
    Path folder;

    @Test
    void chartPassesStrictLint() {
        LintResult lint = new Helm(Renderings.CHART).lint().strict().call();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "worker: {keda: {maxReplica: 3}}",
            "worker: {concurrency: 0}",
            "securityContext: {readOnlyRootFilesystem: false}",
            "config: {messagingPrefix: 'has spaces'}",
            "database: {jdbcUrl: 'jdbc:mysql://db/app'}" })
    void valuesSchemaRejects(String values) throws IOException {
        Path file = Files.writeString(folder.resolve("values.yaml"), values);
        assertThatThrownBy(() -> Renderings.template(file)).hasMessageContaining("values don't meet the specifications of the schema");
    }

    @Test
    void optionalObjectsGoWhenTheirTogglesAreOff() {
        Rendering rendering = Renderings.helm().filter(s -> s.name().contains("without-keda")).findFirst().orElseThrow().render();
        for (String kind : new String[] { "ScaledObject", "TriggerAuthentication", "ServiceMonitor", "PrometheusRule", "NetworkPolicy" }) {
            assertThat(rendering.ofKind(kind)).as(kind).isEmpty();
        }
        assertThat(Renderings.helm().findFirst().orElseThrow().render().ofKind("NetworkPolicy")).hasSize(2);
    }
}
