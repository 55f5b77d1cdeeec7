package com.applicationmanager.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends applications to an intake and remembers which were accepted (202) and which were not. */
final class Submitter {

    static final String POSTING = "eng-042";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    final Map<String, String> accepted = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();
    /** How many answers of each HTTP status came back (0: no answer at all), and how many were not problem+json. */
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger refusalsWithoutProblem = new AtomicInteger();

    private final String apiKey;

    Submitter(AppProcess intake) {
        this(intake, Scenario.CLIENT_KEY);
    }

    Submitter(AppProcess intake, String apiKey) {
        this.baseUrl = intake.baseUrl();
        this.apiKey = apiKey;
        openPosting();
    }

    /** The intake refuses applications to unknown postings: make sure the one used here exists. */
    private void openPosting() {
        String posting = """
                {"id": "%s", "title": "Backend Engineer", "type": "engineering", "remote": true,
                 "requiredSkills": ["Java", "SQL"]}""".formatted(POSTING);
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/postings"))
                    .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString(posting))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Cannot create posting " + POSTING + ": HTTP " + status);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create posting " + POSTING, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Submits {@code count} applications, at most {@code concurrency} at a time; returns when all answered. */
    void submit(int count, int concurrency, String candidateName) {
        submit(count, concurrency, candidateName, "engineering");
    }

    /** As {@link #submit(int, int, String)}, of one job type (which makes the routing key {@code free.<type>}). */
    void submit(int count, int concurrency, String candidateName, String type) {
        Semaphore permits = new Semaphore(concurrency);
        CompletableFuture<?>[] all = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            permits.acquireUninterruptibly();
            String body = """
                    {"candidateName": "%s %d", "email": "candidate%d@example.org", "jobPostingId": "%s",
                     "resumeText": "Java, SQL and a taste for reliable systems.", "type": "%s"}
                    """.formatted(candidateName, i, i, POSTING, type);
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/applications"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("X-API-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            all[i] = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        permits.release();
                        int status = error == null ? response.statusCode() : 0;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                                .startsWith("application/problem+json")) {
                            refusalsWithoutProblem.incrementAndGet();
                        }
                        if (error == null && response.statusCode() == 202) {
                            Matcher id = ID.matcher(response.body());
                            if (id.find()) {
                                accepted.put(id.group(1), candidateName);
                                return;
                            }
                        }
                        refused.incrementAndGet();
                    });
        }
        CompletableFuture.allOf(all).exceptionally(e -> null).join();
    }

    int answered(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    List<String> acceptedIds() {
        return List.copyOf(accepted.keySet());
    }
}
