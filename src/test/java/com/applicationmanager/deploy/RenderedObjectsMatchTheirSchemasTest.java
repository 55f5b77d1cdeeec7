package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object the chart and the overlays render is one the API server would accept as written. */
class RenderedObjectsMatchTheirSchemasTest {

    static Stream<Renderings.Source> sources() {
        return Renderings.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void coreObjectsMatchTheKubernetesApiStrictly(Renderings.Source source) {
        Rendering rendering = source.render();
        assertThat(rendering.ofKind("Deployment")).hasSize(2);
        List<String> problems = new ArrayList<>();
        for (Manifest manifest : rendering.manifests()) {
            Optional<Class<?>> model = StrictCoreSchema.modelFor(manifest.apiVersion(), manifest.kind());
            model.ifPresent(m -> StrictCoreSchema.problems(manifest.body(), m).forEach(p -> problems.add(manifest + ": " + p)));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void customResourcesMatchTheirCrds(Renderings.Source source) {
        List<String> problems = new ArrayList<>();
        for (Manifest manifest : source.render().manifests()) {
            if (StrictCoreSchema.modelFor(manifest.apiVersion(), manifest.kind()).isEmpty()) {
                CrdSchemas.problems(manifest.body()).forEach(p -> problems.add(manifest + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }
}
