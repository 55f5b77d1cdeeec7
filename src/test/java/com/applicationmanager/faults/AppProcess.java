package com.applicationmanager.faults;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One process of the packaged application (target/quarkus-app), started with a role and settings. */
final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final String name;
    private final int port;
    private final Process process;

    private AppProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    static AppProcess start(String name, String role, Map<String, String> settings) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the fault suite runs after `package`");
        }
        int port = freePort();
        Map<String, String> env = new HashMap<>(settings);
        env.put("APP_ROLE", role);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Files.createDirectories(Path.of("target/fault-logs"));
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", JAR.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target/fault-logs/" + name + ".log"));
            builder.environment().putAll(env);
            AppProcess app = new AppProcess(name, port, builder.start());
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void awaitReady() {
        await(name + " ready").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + "; see target/fault-logs/" + name + ".log");
            }
            return Health.ready(this) == 200;
        });
    }

    /** SIGKILL: no shutdown hooks, no goodbye to the broker. */
    void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
    }

    /** SIGTERM, then wait for the process to finish its graceful shutdown. */
    int terminate(Duration timeout) {
        process.destroy();
        await().atMost(timeout).until(() -> !process.isAlive());
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
