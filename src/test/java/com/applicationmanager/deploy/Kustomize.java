package com.applicationmanager.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay with {@code kubectl kustomize}, or a standalone {@code kustomize build}. The test run's
 * set-up installs kubectl where an apt source has it; without either tool the kustomize checks fail, saying so.
 */
final class Kustomize {

    private static final Optional<List<String>> COMMAND = findCommand();

    private Kustomize() {
    }

    static String build(Path overlay) {
        List<String> command = new ArrayList<>(COMMAND.orElseThrow(() -> new AssertionError("Neither kubectl nor "
                + "kustomize is on the PATH, so the kustomize overlays cannot be rendered: install kubectl 1.21 or later "
                + "(./mvnw verify installs it through src/test/setup/prepare-machine.sh where an apt source has it)")));
        command.add(overlay.toString());
        Result result = run(command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + result.stderr());
        }
        return result.stdout();
    }

    private static Optional<List<String>> findCommand() {
        if (run(List.of("kubectl", "version", "--client")).exitCode() == 0) {
            return Optional.of(List.of("kubectl", "kustomize"));
        }
        if (run(List.of("kustomize", "version")).exitCode() == 0) {
            return Optional.of(List.of("kustomize", "build"));
        }
        return Optional.empty();
    }

    private static Result run(List<String> command) {
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, stdout, String.join(" ", command) + " did not finish within 2 minutes");
            }
            String errors = Files.readString(stderr);
            Files.delete(stderr);
            return new Result(process.exitValue(), stdout, errors);
        } catch (IOException e) {
            return new Result(-1, "", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
