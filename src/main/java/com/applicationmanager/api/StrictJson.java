package com.applicationmanager.api;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How the API reads request bodies (used with {@code @CustomDeserialization}): strictly, so that what a
 * client meant is never guessed. An unknown field is refused and named (a misspelt "coverLeter" would
 * otherwise vanish silently), as are a duplicated field, trailing content after the JSON value, a number
 * or boolean where text belongs, text where a number belongs, nesting deeper than any valid body has, and
 * bytes that are not strict UTF-8 (see {@link StrictUtf8JsonFactory}).
 * Only request bodies: the application's shared mapper (messages, storage) keeps its tolerant defaults.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    /** No valid body nests deeper than 3; this leaves room for a clear "wrong type" answer. */
    static final int MAX_NESTING = 16;

    private static volatile ObjectMapper strict;

    @Override
    public ObjectReader apply(ObjectMapper shared, Type type) {
        return mapper(shared).readerFor(shared.constructType(type));
    }

    private static ObjectMapper mapper(ObjectMapper shared) {
        ObjectMapper mapper = strict;
        if (mapper == null) {
            mapper = strictCopyOf(shared);
            strict = mapper;
        }
        return mapper;
    }

    static ObjectMapper strictCopyOf(ObjectMapper shared) {
        JsonFactory factory = new StrictUtf8JsonFactory((JsonFactoryBuilder) JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING).maxNumberLength(32).maxNameLength(1_000).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
        ObjectMapper mapper = shared.copyWith(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
