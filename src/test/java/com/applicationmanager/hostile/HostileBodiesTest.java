package com.applicationmanager.hostile;

import static com.applicationmanager.testing.Credentials.asAdmin;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.JobPostingBuilder.aPosting;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The bodies besides submissions — postings and the admin actions — go through the same strict reader:
 * each hostile variant of a valid body answers 4xx problem+json (never 5xx) and changes nothing.
 */
@QuarkusTest
class HostileBodiesTest {

    @ConfigProperty(name = "app.messaging.prefix")
    String prefix;

    private final ObjectMapper json = new ObjectMapper();

    private record Target(String name, Supplier<RequestSpecification> as, String method, String path,
            Map<String, Object> validBody, String textField) {
    }

    @Test
    void hostileBodiesAreRefusedWithA4xxAndChangeNothing() throws Exception {
        String posting = aPosting().create();
        long revision = asClient().get("/api/v1/postings/{id}", posting).then().extract().jsonPath().getLong("revision");
        String fresh = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        String clientName = "hostile-" + UUID.randomUUID();
        List<Target> targets = List.of(
                new Target("create posting", () -> asClient(), "POST", "/api/v1/postings", aPosting().withId(fresh).json(), "title"),
                new Target("update posting", () -> asClient(), "PUT", "/api/v1/postings/" + posting,
                        aPosting().withId(posting).json(), "title"),
                new Target("reprocess", () -> asAdmin(), "POST", "/api/v1/admin/dead-letters/reprocess",
                        Map.of("applicationIds", List.of(UUID.randomUUID().toString())), null),
                new Target("purge", () -> asAdmin(), "POST", "/api/v1/admin/queues/" + prefix + ".dead-letter/purge",
                        Map.of("confirm", "not-the-queue"), "confirm"),
                new Target("new client", () -> asAdmin(), "POST", "/api/v1/admin/clients",
                        Map.of("name", clientName, "tenant", "hostile", "tier", "free"), "name"));

        List<String> failures = new ArrayList<>();
        for (Target target : targets) {
            for (Map.Entry<String, byte[]> hostile : variants(target).entrySet()) {
                Response response = target.as().get().contentType("application/json").body(hostile.getValue())
                        .request(target.method(), target.path());
                boolean refused = response.statusCode() >= 400 && response.statusCode() < 500
                        && response.contentType().startsWith("application/problem+json");
                if (!refused) {
                    failures.add(target.name() + " / " + hostile.getKey() + ": HTTP " + response.statusCode() + " "
                            + response.asString());
                }
            }
        }
        assertThat(failures).isEmpty();
        asClient().get("/api/v1/postings/{id}", fresh).then().statusCode(404);
        assertThat(asClient().get("/api/v1/postings/{id}", posting).then().extract().jsonPath().getLong("revision"))
                .isEqualTo(revision);
        assertThat(asAdmin().get("/api/v1/admin/clients").then().extract().jsonPath().getList("name"))
                .doesNotContain(clientName);
    }

    private Map<String, byte[]> variants(Target target) throws Exception {
        String valid = json.writeValueAsString(target.validBody());
        String open = valid.substring(0, 1);
        String rest = valid.substring(1);
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("truncated", utf8(valid.substring(0, valid.length() - 1)));
        variants.put("trailing content", utf8(valid + " {}"));
        variants.put("unknown field", utf8(open + "\"bogusField\":1," + rest));
        variants.put("duplicate field", utf8(open + "\"bogus\":1,\"bogus\":2," + rest));
        variants.put("deep nesting", utf8(open + "\"deep\":" + "[".repeat(100) + "]".repeat(100) + "," + rest));
        variants.put("not JSON", utf8("title=x&remote=true"));
        variants.put("array", utf8("[" + valid + "]"));
        ByteArrayOutputStream overlong = new ByteArrayOutputStream();
        overlong.writeBytes(utf8(open + "\"bogus\":\"a"));
        overlong.writeBytes(new byte[] { (byte) 0xC0, (byte) 0xAF });
        overlong.writeBytes(utf8("\"," + rest));
        variants.put("overlong UTF-8", overlong.toByteArray());
        if (target.textField() != null) {
            variants.put("number for text", utf8(withField(target, 42)));
            variants.put("NUL in text", utf8(withField(target, "a\u0000b")));
            variants.put("lone surrogate", utf8(withField(target, "x").replace("\"x\"", "\"\\ud800\"")));
            variants.put("control character", utf8(withField(target, "a\u0007b")));
        }
        return variants;
    }

    private String withField(Target target, Object value) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(target.validBody());
        body.put(target.textField(), value);
        return json.writeValueAsString(body);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
