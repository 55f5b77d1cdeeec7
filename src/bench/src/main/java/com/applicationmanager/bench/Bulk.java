package com.applicationmanager.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.vertx.core.buffer.Buffer;

/**
 * Bulk import ({@code POST /api/v1/applications/bulk}): requests of N applications each (a JSON array of the
 * same bodies single submissions send) from a few connections in a closed loop. A one-item probe first tells
 * whether the intake has the endpoint at all; when it answers 404 or 405 the phase is skipped, so the benchmark
 * runs the same before and after the endpoint exists.
 */
final class Bulk {

    static final String PATH = "/api/v1/applications/bulk";

    private Bulk() {
    }

    static void run(Map<String, String> options) throws Exception {
        ApplicationFactory applications = Bench.factory(options);
        int items = Integer.parseInt(options.getOrDefault("items", "1000"));
        ClosedLoop.Request probe = batch(applications, 1);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(options.get("url") + PATH))
                .header("Content-Type", "application/json").header("X-API-Key", probe.apiKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(probe.body().getBytes())).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404 || answer.statusCode() == 405) {
            System.out.println("BULK skipped probe_status=" + answer.statusCode());
            System.exit(0);
        }
        Supplier<ClosedLoop.Request> next = () -> batch(applications, items);
        try (ClosedLoop loop = new ClosedLoop(options.get("url"), PATH, Integer.parseInt(options.getOrDefault("connections", "2")))) {
            long warmup = Long.parseLong(options.getOrDefault("warmup-seconds", "2"));
            if (warmup > 0) {
                loop.run(Duration.ofSeconds(warmup), next);
            }
            ClosedLoop.Result result = loop.run(Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10"))), next);
            System.out.println("BULK items=" + items + " probe_status=" + answer.statusCode() + " " + result.line());
        }
        System.exit(0);
    }

    /** One import: the applications of one client (the first one's key), without per-item idempotency keys. */
    private static ClosedLoop.Request batch(ApplicationFactory applications, int items) {
        Buffer body = Buffer.buffer(items * 6_000).appendByte((byte) '[');
        String apiKey = null;
        for (int i = 0; i < items; i++) {
            ApplicationFactory.Request request = applications.next();
            apiKey = apiKey == null ? request.apiKey() : apiKey;
            if (i > 0) {
                body.appendByte((byte) ',');
            }
            body.appendBuffer(request.body());
        }
        return new ClosedLoop.Request(apiKey, null, body.appendByte((byte) ']'), items);
    }
}
