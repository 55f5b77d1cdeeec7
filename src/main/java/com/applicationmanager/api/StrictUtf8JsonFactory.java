package com.applicationmanager.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Decodes request bodies with the JDK's strict UTF-8 decoder before Jackson sees them. Jackson's own byte
 * parser accepts overlong forms (0xC0 0xAF reads as "/") and UTF-8-encoded surrogates, which are the classic
 * ways to smuggle a character past a filter; the JDK decoder refuses both, as RFC 3629 requires.
 */
final class StrictUtf8JsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    StrictUtf8JsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    public JsonParser createParser(InputStream in) throws IOException {
        return createParser(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    @Override
    public JsonFactory copy() {
        throw new UnsupportedOperationException("StrictJson builds its own factory and never copies it");
    }
}
