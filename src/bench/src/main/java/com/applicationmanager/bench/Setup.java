package com.applicationmanager.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.vertx.core.json.JsonObject;

/** Creates the benchmark's clients (tenants over three tiers, no rate limit) and postings through the API. */
final class Setup {

    record Client(String tier, String tenant, String key) {
    }

    /** Tenant and tier of each benchmark client; the load spreads over them (see ApplicationFactory). */
    private static final String[][] TENANTS = { { "enterprise", "globex" }, { "enterprise", "initech" },
            { "professional", "umbrella" }, { "professional", "hooli" }, { "professional", "stark" },
            { "free", "piedpiper" }, { "free", "vandelay" }, { "free", "dundermifflin" } };

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String adminAuthorization;

    Setup(String url, String adminPassword) {
        this.url = url;
        this.adminAuthorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    void run(Path keysFile) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String[] tenant : TENANTS) {
            // clients get a default rate limit; the benchmark's must not be the bottleneck
            JsonObject body = new JsonObject().put("name", "bench-" + tenant[1]).put("tenant", tenant[1]).put("tier", tenant[0])
                    .put("rateLimitPerMinute", 1_000_000);
            JsonObject created = post("/api/v1/admin/clients", body, "Authorization", adminAuthorization, 201);
            String key = created.getString("apiKey");
            lines.add(tenant[0] + " " + tenant[1] + " " + key);
            // postings belong to a tenant: each tenant gets its own copy of every posting
            for (Postings.Posting posting : Postings.ALL) {
                post("/api/v1/postings", posting.json(), "X-API-Key", key, 201);
            }
        }
        Files.write(keysFile, lines);
        System.out.printf("SETUP clients=%d postings=%d%n", lines.size(), Postings.ALL.size());
    }

    static List<Client> readKeys(Path keysFile) throws Exception {
        return Files.readAllLines(keysFile).stream().map(line -> line.split(" "))
                .map(parts -> new Client(parts[0], parts[1], parts[2])).toList();
    }

    private JsonObject post(String path, JsonObject body, String header, String value, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).header(header, value)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return new JsonObject(response.body());
    }
}
