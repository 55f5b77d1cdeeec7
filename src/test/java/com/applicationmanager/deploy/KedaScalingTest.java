package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** KEDA's trigger metadata, which its CRD leaves free-form, names the queue and counting the workers need. */
class KedaScalingTest {

    private static final String WITHOUT_KEDA = "without-keda";

    static Stream<Renderings.Source> scaledSources() {
        return Renderings.all().filter(source -> !source.name().contains(WITHOUT_KEDA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scaledSources")
    void kedaScalesTheWorkersOnTheWorkQueueCountingUnacknowledgedMessages(Renderings.Source source) {
        assertThat(KedaChecks.scaledWorker(source.render())).isEmpty();
    }

    @Test
    void withoutKedaTheWorkersRunAFixedNumberOfReplicas() {
        Rendering rendering = Renderings.helm().filter(s -> s.name().contains(WITHOUT_KEDA)).findFirst().orElseThrow().render();
        assertThat(rendering.ofKind("ScaledObject")).isEmpty();
        assertThat(rendering.ofKind("TriggerAuthentication")).isEmpty();
        assertThat(rendering.deployment("worker").at("/spec/replicas").asInt()).isPositive();
    }
}
