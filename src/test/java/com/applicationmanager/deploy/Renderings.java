package com.applicationmanager.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

/**
 * The deliverables under test: the Helm chart rendered with each of its values files, and each kustomize
 * overlay. Renderings are cached, since several test classes look at the same output.
 */
final class Renderings {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path CHART = PROJECT.resolve("helm/application-manager");
    static final Path OVERLAYS = PROJECT.resolve("k8s/overlays");
    static final String RELEASE = "am";
    static final String NAMESPACE = "applications";

    private static final Map<String, Rendering> CACHE = new ConcurrentHashMap<>();

    private Renderings() {
    }

    /** Something that renders to manifests; its name shows in the test report. */
    record Source(String name, Supplier<Rendering> renderer) {

        Rendering render() {
            return CACHE.computeIfAbsent(name, n -> renderer.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Source> all() {
        return Stream.concat(helm(), kustomize());
    }

    /** The chart's defaults (values.yaml) and every file in its ci/ folder. */
    static Stream<Source> helm() {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("helm values.yaml", () -> Rendering.parse("helm values.yaml", template(null))));
        for (Path values : list(CHART.resolve("ci"))) {
            String name = "helm ci/" + values.getFileName();
            sources.add(new Source(name, () -> Rendering.parse(name, template(values))));
        }
        return sources.stream();
    }

    static Stream<Source> kustomize() {
        return list(OVERLAYS).stream().map(overlay -> {
            String name = "kustomize overlays/" + overlay.getFileName();
            return new Source(name, () -> Rendering.parse(name, Kustomize.build(overlay)));
        });
    }

    static String template(Path valuesFile) {
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE);
        if (valuesFile != null) {
            template = template.withValuesFile(valuesFile);
        }
        return template.call();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
