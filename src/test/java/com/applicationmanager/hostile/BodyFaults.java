package com.applicationmanager.hostile;

import static com.applicationmanager.hostile.HostileCase.refused;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.applicationmanager.hostile.HostileCase.Fault;
import com.applicationmanager.testing.ApplicationRequestBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Requests with a valid key whose JSON body is wrong in one way, or right in a hostile way. */
final class BodyFaults {

    private static final List<String> TEXT_FIELDS = List.of("candidateName", "email", "phone", "jobPostingId",
            "resumeText", "resumeUrl", "coverLetter", "source", "type");
    private static final Map<String, Integer> LIMITS = Map.of("candidateName", 200, "email", 320, "phone", 32,
            "jobPostingId", 64, "resumeText", 100_000, "resumeUrl", 2048, "coverLetter", 20_000, "source", 64, "type", 64);
    private static final List<String> WRONG_VALUES = List.of("42", "-1.5e3", "true", "false", "[]", "[\"a\"]", "{}",
            "{\"a\":\"b\"}", "1e400", "[null]");
    private static final List<String> UNKNOWN_FIELDS = List.of("coverLeter", "tenant", "tier", "id", "status",
            "__proto__", "constructor", "$where", "candidate_name", "Email", "résumé", "👀", "a".repeat(300));
    private static final Map<String, Pattern> PATTERNS = Map.of("email", Pattern.compile("[^@]*"),
            "type", Pattern.compile("[a-z0-9][a-z0-9-]*"), "jobPostingId", Pattern.compile("[A-Za-z0-9._-]+"),
            "phone", Pattern.compile("\\+?[0-9][0-9 ()./-]{5,31}"), "resumeUrl", Pattern.compile("https?://\\S+"));
    private static final String LONE_SURROGATE = "\\ud800";

    private final ObjectMapper json = new ObjectMapper();
    private final Random random;
    private final String key;

    BodyFaults(Random random, String key) {
        this.random = random;
        this.key = key;
    }

    HostileCase malformed() {
        String body = validJson();
        return switch (random.nextInt(4)) {
            case 0 -> refused(Fault.MALFORMED_JSON, "truncated", post(body.substring(0, random.nextInt(body.length() - 1))), 400);
            case 1 -> refused(Fault.MALFORMED_JSON, "trailing content", post(body + pick(List.of("}", " {}", ",", "x", "\"", "]"))), 400);
            case 2 -> refused(Fault.MALFORMED_JSON, "garbage", post(HostileText.line(random)), 400);
            // separators between tokens (no value of the base body contains these)
            default -> refused(Fault.MALFORMED_JSON, "broken structure", post(random.nextBoolean()
                    ? body.replaceFirst("\":\"", pick(List.of("\"=\"", "\"\"", "\"::\"", "\" \"")))
                    : body.replaceFirst("\",\"", pick(List.of("\",,\"", "\"\"", "\";\"", "\"}\"")))), 400);
        };
    }

    HostileCase nonUtf8() {
        byte[][] invalid = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0x80 },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 } };
        byte[] bad = invalid[random.nextInt(invalid.length)];
        String field = pick(TEXT_FIELDS);
        String body = validJson(Map.of(field, "MARK"));
        int at = body.indexOf("MARK");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(bad);
        bytes.writeBytes(body.substring(at + 4).getBytes(StandardCharsets.UTF_8));
        return refused(Fault.NON_UTF8, "invalid UTF-8 in " + field, HttpRequestBytes.post(key, "application/json", bytes.toByteArray()).bytes(), 400);
    }

    HostileCase wrongType() {
        boolean answers = random.nextInt(5) == 0;
        String field = answers ? "screeningAnswers" : pick(TEXT_FIELDS);
        String value = answers ? pick(List.of("\"yes\"", "5", "[\"a\"]", "{\"q\":5}", "{\"q\":true}", "{\"q\":[\"a\"]}", "{\"q\":{\"x\":1}}"))
                : pick(WRONG_VALUES);
        return refused(Fault.WRONG_TYPE, "wrong type", post(validJson(Map.of(field, "MARK")).replace("\"MARK\"", value)), 400)
                .naming(field);
    }

    HostileCase deepNesting() {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        // deep, but inside the size limit: this is about nesting, not size
        int depth = 17 + random.nextInt(random.nextBoolean() ? 200 : open.length() == 1 ? 200_000 : 120_000);
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        String body = random.nextBoolean() ? nested : validJson(Map.of(pick(TEXT_FIELDS), "MARK")).replace("\"MARK\"", nested);
        return refused(Fault.DEEP_NESTING, "nested " + (depth > 1000 ? "very " : "") + "deep", post(body), 400);
    }

    HostileCase unknownField() {
        String field = pick(UNKNOWN_FIELDS);
        Map<String, Object> body = ApplicationRequestBuilder.anApplication().build();
        body.put(field, random.nextBoolean() ? HostileText.any(random) : Map.of("x", 1));
        return refused(Fault.UNKNOWN_FIELD, "unknown field", post(write(body)), 400).naming(field);
    }

    HostileCase invalidValue() {
        String field = pick(TEXT_FIELDS);
        return switch (random.nextInt(7)) {
            case 0 -> invalid("too long", field, HostileText.ofLength(random, LIMITS.get(field) + 1 + random.nextInt(LIMITS.get(field))));
            case 1 -> invalid("NUL", field, "a\u0000b");
            case 2 -> {
                String single = pick(List.of("candidateName", "source"));
                char control = pick(List.of('\u0001', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F', '\n', '\t', '\r', '\u2028'));
                yield invalid("control character", single, "Ada" + control + "Lovelace");
            }
            case 3 -> refused(Fault.INVALID_VALUE, "unpaired surrogate", post(validJson(Map.of(field, "MARK"))
                    .replace("MARK", "x" + LONE_SURROGATE + "y")), 400).naming(field);
            case 4 -> {
                String patterned = pick(List.copyOf(PATTERNS.keySet()));
                String injection = HostileText.any(random);
                while (PATTERNS.get(patterned).matcher(injection).matches() == !patterned.equals("email")) {
                    injection = HostileText.any(random);
                }
                yield invalid("injection in a patterned field", patterned, injection);
            }
            case 5 -> invalid("blank", pick(List.of("candidateName", "email", "jobPostingId", "type")), pick(List.of("", "   ", "\u3000")));
            default -> {
                Map<String, Object> body = ApplicationRequestBuilder.anApplication().build();
                Map<String, String> answers = new LinkedHashMap<>();
                for (int i = 0; i < 51; i++) {
                    answers.put("question " + i, "answer");
                }
                body.put("screeningAnswers", answers);
                yield refused(Fault.INVALID_VALUE, "too many answers", post(write(body)), 400).naming("screeningAnswers");
            }
        };
    }

    HostileCase validHostileText() {
        String name = HostileText.line(random);
        name = name.length() > 200 ? name.substring(0, 150) : name;
        if (Character.isHighSurrogate(name.charAt(name.length() - 1))) {
            name = name.substring(0, name.length() - 1);
        }
        Map<String, Object> body = ApplicationRequestBuilder.anApplication().build();
        body.put("candidateName", name);
        body.put("coverLetter", HostileText.line(random) + "\n\t" + HostileText.line(random));
        body.put("screeningAnswers", Map.of(HostileText.any(random), HostileText.line(random) + "\r\n"));
        String stored = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        return HostileCase.accepted("hostile but valid text", post(write(body)), stored);
    }

    private HostileCase invalid(String label, String field, String value) {
        Map<String, Object> body = ApplicationRequestBuilder.anApplication().build();
        body.put(field, value);
        return refused(Fault.INVALID_VALUE, label, post(write(body)), 400).naming(field);
    }

    String validJson() {
        return write(ApplicationRequestBuilder.anApplication().build());
    }

    private String validJson(Map<String, Object> overrides) {
        Map<String, Object> body = ApplicationRequestBuilder.anApplication().build();
        body.putAll(overrides);
        return write(body);
    }

    private byte[] post(String body) {
        return HttpRequestBytes.post(key, body).bytes();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
