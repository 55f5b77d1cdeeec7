package com.applicationmanager.submission;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.applicationmanager.api.StrictJson;
import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the items of a bulk import as they arrive, with every check of {@link StrictJson} (strict UTF-8,
 * duplicate keys, depth, unknown fields, types) and bean validation per item. A JSON array that breaks stops
 * the whole import (nothing after the break can be trusted); in NDJSON a broken line refuses that item alone.
 */
@ApplicationScoped
class BulkItems {

    static final int MAX_ITEMS = 1000;
    static final String KEY_FIELD = "idempotencyKey";

    private final ObjectReader nodes;
    private final ObjectReader arrayElements;
    private final ObjectReader requests;
    private final Validator validator;

    BulkItems(ObjectMapper shared, Validator validator) {
        this.nodes = new StrictJson().apply(shared, JsonNode.class);
        // an element of the array is followed by the next one: only the whole body must end after its value
        this.arrayElements = nodes.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.requests = new StrictJson().apply(shared, ApplicationRequest.class);
        this.validator = validator;
    }

    /** A JSON array of applications. */
    List<BulkItem> fromArray(InputStream body) throws IOException {
        List<BulkItem> items = new ArrayList<>();
        try (JsonParser parser = nodes.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new NotABulk("The body must be a JSON array of applications");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                checkRoom(items);
                items.add(item(items.size(), arrayElements.readTree(parser)));
            }
            if (parser.nextToken() != null) {
                throw new NotABulk("The body has content after the array");
            }
        }
        return checkNotEmpty(items);
    }

    /** One application per line (application/x-ndjson); blank lines are skipped and do not count. */
    List<BulkItem> fromLines(InputStream body) throws IOException {
        List<BulkItem> items = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                checkRoom(items);
                JsonNode node;
                try {
                    node = nodes.readTree(line);
                } catch (JsonProcessingException e) {
                    items.add(BulkItem.refused(items.size(), ItemProblems.of(e)));
                    continue;
                }
                items.add(item(items.size(), node));
            }
        }
        return checkNotEmpty(items);
    }

    private BulkItem item(int index, JsonNode node) {
        if (!(node instanceof ObjectNode fields)) {
            return BulkItem.refused(index, Problem.invalid("An item must be a JSON object (an application)",
                    List.of(new Problem.FieldViolation("[" + index + "]", "is not an object"))));
        }
        JsonNode keyNode = fields.remove(KEY_FIELD);
        String key = keyNode == null || keyNode.isNull() ? null : keyNode.isTextual() ? keyNode.textValue() : "";
        if (key != null && !validKey(key)) {
            return BulkItem.refused(index, Problem.invalid("The item's idempotencyKey is not valid", List.of(
                    new Problem.FieldViolation(KEY_FIELD, "must be 1 to 255 visible ASCII characters, such as a UUID"))));
        }
        try {
            ApplicationRequest request = requests.readValue(fields);
            Set<ConstraintViolation<ApplicationRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return new BulkItem(index, request, key, null);
        } catch (IOException | RuntimeException e) {
            return BulkItem.refused(index, ItemProblems.of(e));
        }
    }

    private static boolean validKey(String key) {
        try {
            InvalidIdempotencyKey.check(List.of(key));
            return true;
        } catch (InvalidIdempotencyKey e) {
            return false;
        }
    }

    private static void checkRoom(List<BulkItem> items) {
        if (items.size() == MAX_ITEMS) {
            throw new TooManyItems();
        }
    }

    private static List<BulkItem> checkNotEmpty(List<BulkItem> items) {
        if (items.isEmpty()) {
            throw new NotABulk("The import has no applications");
        }
        return items;
    }

    /** The body is not a bulk import at all: 400, nothing stored. */
    static final class NotABulk extends ProblemException {
        NotABulk(String detail) {
            super(Problem.invalid(detail, List.of()));
        }
    }

    /** More items than one import takes: 413, nothing stored. */
    static final class TooManyItems extends ProblemException {
        TooManyItems() {
            super(Problem.typed("too-many-items", "Too many items", 413, "A bulk import takes at most " + MAX_ITEMS
                    + " applications; send the rest in another request"));
        }
    }
}
