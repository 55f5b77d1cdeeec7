package com.applicationmanager.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image recipes (no container engine here to build them): non-root, the application's port, and for
 * the JVM image an AOT cache that the JVM is told to use.
 */
class ContainerImageTest {

    @ParameterizedTest
    @ValueSource(strings = { "Dockerfile.jvm", "Dockerfile.native" })
    void imageRunsAsANonRootUserOnTheApplicationsPort(String dockerfile) throws IOException {
        List<String> lines = Files.readAllLines(Renderings.PROJECT.resolve("src/main/docker").resolve(dockerfile));
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((first, last) -> last).orElseThrow().substring(5).trim();
        assertThat(user).as("the last USER must be a numeric non-root id, so that runAsNonRoot can verify it").matches("[1-9]\\d*");
        assertThat(lines).contains("EXPOSE " + ApplicationTruth.httpPort());
    }

    @Test
    void jvmImageTrainsTheAotCacheItStartsWithOnItsOwnJdk() throws IOException {
        String recipe = Files.readString(Renderings.PROJECT.resolve("src/main/docker/Dockerfile.jvm"));
        assertThat(recipe).contains("-XX:AOTCacheOutput=/deployments/app.aot -Dquarkus.appcds.generate=true")
                .contains("-XX:AOTCache=/deployments/app.aot").contains("openjdk-25");
    }
}
