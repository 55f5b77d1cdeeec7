package com.applicationmanager.hostile;

import static com.applicationmanager.hostile.HostileCase.refused;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.applicationmanager.hostile.HostileCase.Fault;

/** Requests whose body is fine but whose envelope is not: size, content type, credentials, headers, path, framing. */
final class EnvelopeFaults {

    private static final long LIMIT = 1024 * 1024;

    private final Random random;
    private final String key;
    private final String validJson;

    EnvelopeFaults(Random random, String key, String validJson) {
        this.random = random;
        this.key = key;
        this.validJson = validJson;
    }

    HostileCase oversized() {
        if (random.nextInt(4) > 0) {
            long declared = LIMIT + 1 + (long) (random.nextDouble() * 1_000_000_000L);
            return refused(Fault.OVERSIZED, "declared over the limit", HttpRequestBytes.post(key, "application/json", new byte[0])
                    .declaringOnly(declared).bytes(), 413);
        }
        String padded = validJson.replace("\"resumeText\":\"", "\"resumeText\":\"" + "x".repeat((int) LIMIT));
        return refused(Fault.OVERSIZED, "sent over the limit", HttpRequestBytes.post(key, padded).bytes(), 413);
    }

    HostileCase wrongContentType() {
        String type = pick(List.of("text/plain", "application/xml", "text/html; charset=utf-8", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/octet-stream", "image/png", "application/jsonx",
                "application/vnd.api+json", "text/json"));
        return refused(Fault.WRONG_CONTENT_TYPE, "content type " + type.split(";")[0],
                HttpRequestBytes.post(key, type, validJson.getBytes(StandardCharsets.UTF_8)).bytes(), 415);
    }

    HostileCase noOrBadKey() {
        byte[] body = validJson.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(6)) {
            case 0 -> refused(Fault.NO_OR_BAD_KEY, "no key", HttpRequestBytes.post(null, "application/json", body).bytes(), 401);
            case 1 -> refused(Fault.NO_OR_BAD_KEY, "junk key", HttpRequestBytes.post(
                    HostileText.headerJunk(random, 1 + random.nextInt(random.nextBoolean() ? 64 : 6_000)), "application/json", body).bytes(), 401);
            case 2 -> refused(Fault.NO_OR_BAD_KEY, "unknown well-formed key", HttpRequestBytes.post(
                    "amk_" + UUID.randomUUID() + UUID.randomUUID(), "application/json", body).bytes(), 401);
            case 3 -> refused(Fault.NO_OR_BAD_KEY, "key in another case", HttpRequestBytes.post(
                    key.toUpperCase(), "application/json", body).bytes(), 401);
            case 4 -> refused(Fault.NO_OR_BAD_KEY, "basic junk", HttpRequestBytes.post(null, "application/json", body)
                    .header("Authorization", pick(List.of("Basic " + HostileText.headerJunk(random, 20), "Basic YWRtaW46d3Jvbmc=",
                            "Basic ", "Basic Og==", "Bearer eyJhbGciOiJub25lIn0.e30."))).bytes(), 401);
            default -> refused(Fault.NO_OR_BAD_KEY, "empty key", HttpRequestBytes.post("", "application/json", body).bytes(), 401);
        };
    }

    HostileCase badHeader() {
        byte[] body = validJson.getBytes(StandardCharsets.UTF_8);
        HttpRequestBytes request = HttpRequestBytes.post(key, "application/json", body);
        return switch (random.nextInt(4)) {
            case 0 -> refused(Fault.BAD_HEADER, "invalid Idempotency-Key", request.header("Idempotency-Key",
                    pick(List.of("", "has space", "x".repeat(256 + random.nextInt(4000)), HostileText.headerJunk(random, 10) + "\u00e9")))
                    .bytes(), 400).naming("Idempotency-Key");
            case 1 -> refused(Fault.BAD_HEADER, "two Idempotency-Keys", request.header("Idempotency-Key", "a")
                    .header("Idempotency-Key", "b").bytes(), 400).naming("Idempotency-Key");
            case 2 -> refused(Fault.BAD_HEADER, "unacceptable Accept", request.header("Accept",
                    pick(List.of("text/html", "image/png", "application/xml", "text/plain;q=1"))).bytes(), 406);
            default -> refused(Fault.BAD_HEADER, "two keys", request.header("X-API-Key", "amk_another").bytes(), 401);
        };
    }

    HostileCase wrongPathOrMethod() {
        return switch (random.nextInt(4)) {
            case 0 -> refused(Fault.WRONG_PATH_OR_METHOD, "wrong method", HttpRequestBytes.post(key, validJson)
                    .method(pick(List.of("PUT", "PATCH", "DELETE")), HttpRequestBytes.SUBMIT).bytes(), 405);
            case 1 -> refused(Fault.WRONG_PATH_OR_METHOD, "unknown path", get(pick(List.of("/api/v2/applications",
                    "/api/v1/application", "/%2e%2e/%2e%2e/etc/passwd", "/api/v1/applications/" + UUID.randomUUID() + "/x",
                    "/administrator", "/api/v1/applications/not-a-uuid", "/api/v1/applications/%00", "/.env", "/api/v1/applications/1%27%20OR%201=1"))), 404);
            case 2 -> refused(Fault.WRONG_PATH_OR_METHOD, "unknown application", get("/api/v1/applications/" + UUID.randomUUID()), 404);
            default -> refused(Fault.WRONG_PATH_OR_METHOD, "traversal to admin", get("/api/v1/applications/../admin/clients"), 403);
        };
    }

    HostileCase brokenHttp() {
        String request = pick(List.of(
                "GARBAGE\r\n\r\n",
                "POST /api/v1/applications HTTP/1.1\r\nHost: localhost\r\nBad Header Without Colon\r\n\r\n",
                "POST /api/v1/applications HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n",
                "POST /api/v1/applications HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
                "POST /api/v1/applications HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(40_000) + "\r\n\r\n",
                "POST /api/v1/applications HTTP/1.1\r\nHost: localhost\r\nX-Ctl: a\u0001b\r\n\r\n"));
        return refused(Fault.BROKEN_HTTP, "broken HTTP", request.getBytes(StandardCharsets.ISO_8859_1), 400, 413, 414, 431);
    }

    private byte[] get(String path) {
        return HttpRequestBytes.post(key, null, new byte[0]).method("GET", path).bytes();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
