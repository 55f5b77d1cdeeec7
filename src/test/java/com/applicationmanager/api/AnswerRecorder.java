package com.applicationmanager.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;

/**
 * Test-only (it lives in src/test, so every {@code @QuarkusTest} application has it and no build ships it): notes
 * method, path and status of every answer under /api, whoever answered it — the REST layer, the security layer or a
 * route handler — for {@link OpenApiContractTest}, which runs after the Quarkus tests. Each distinct answer is
 * appended once to {@link #FILE}; ids are written as {@code {uuid}} so that the file stays small.
 */
@ApplicationScoped
public class AnswerRecorder {

    static final Path FILE = Path.of("target", "openapi-contract", "answers.tsv");
    /** Set once per test JVM by the first application that records: its file is this run's, not a stale one. */
    static final String RECORDING_PROPERTY = "openapi-contract.recording";

    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final boolean servesApi;

    public AnswerRecorder(@ConfigProperty(name = "app.role", defaultValue = "all") String role) {
        // a worker process answers 404 on every API path by design; the document describes the intake
        this.servesApi = !"worker".equalsIgnoreCase(role);
    }

    void install(@Observes Router router) {
        if (!servesApi) {
            return;
        }
        startRecording();
        router.route("/api/*").order(Integer.MIN_VALUE).handler(context -> {
            String method = context.request().method().name();
            String path = UUID_SEGMENT.matcher(context.normalizedPath()).replaceAll("{uuid}");
            context.addHeadersEndHandler(ignored -> record(method + "\t" + path + "\t" + context.response().getStatusCode()));
            context.next();
        });
    }

    private static synchronized void startRecording() {
        if (System.getProperty(RECORDING_PROPERTY) == null) {
            try {
                Files.createDirectories(FILE.getParent());
                Files.deleteIfExists(FILE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(RECORDING_PROPERTY, FILE.toAbsolutePath().toString());
        }
    }

    private void record(String answer) {
        if (written.add(answer)) {
            append(answer);
        }
    }

    private static synchronized void append(String answer) {
        try {
            Files.writeString(FILE, answer + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
