package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Probe paths, ports, environment variable names and roles in every rendering are the ones the application
 * serves and reads (see ApplicationTruth for where each fact comes from).
 */
class ManifestsMatchApplicationTest {

    static Stream<Renderings.Source> sources() {
        return Renderings.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void probesAskTheApplicationsHealthEndpointsOnItsPort(Renderings.Source source) {
        assertThat(ManifestChecks.probes(source.render())).isEmpty();
        assertThat(ManifestChecks.ports(source.render())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyVariableSetIsOneTheApplicationReadsAndNoneIsMissing(Renderings.Source source) {
        assertThat(ManifestChecks.environmentNames(source.render())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void eachDeploymentRunsItsOwnRole(Renderings.Source source) {
        assertThat(ManifestChecks.roles(source.render())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void servicesAndMonitorsReachTheHttpPortAndTheMetricsPath(Renderings.Source source) {
        assertThat(OperationalChecks.servicesAndMonitors(source.render())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void workerGracePeriodCoversTheShutdownOfInFlightWork(Renderings.Source source) {
        assertThat(OperationalChecks.workerShutdown(source.render())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void podsRunRestrictedWithRequestsAndLimits(Renderings.Source source) {
        assertThat(OperationalChecks.hardening(source.render())).isEmpty();
    }

    @Test
    void readmeTableNamesTheVariableEachSettingMapsTo() {
        Map<String, String> table = Readme.configurationTable();
        assertThat(table).containsKeys("app.role", "app.messaging.prefix", "quarkus.datasource.jdbc.url", "rabbitmq-host");
        table.forEach((setting, variable) -> assertThat(variable).as(setting).isEqualTo(ApplicationTruth.envName(setting)));
    }
}
