package com.applicationmanager.submission;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads a bulk import's body item by item as it streams in ({@link BulkItems}), so that the resource gets the
 * items rather than the bytes.
 */
@Provider
@Priority(1) // readers with a lower value come first: before the JSON provider, which reads any type
@Consumes({ MediaType.APPLICATION_JSON, BulkImportResource.NDJSON })
public class BulkBodyReader implements MessageBodyReader<BulkBodyReader.Items> {

    /** The items of one import, in order. */
    public record Items(List<BulkItem> list) {
    }

    private final BulkItems items;

    public BulkBodyReader(BulkItems items) {
        this.items = items;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Items.class;
    }

    @Override
    public Items readFrom(Class<Items> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream body) throws IOException {
        boolean lines = mediaType != null && mediaType.isCompatible(MediaType.valueOf(BulkImportResource.NDJSON));
        return new Items(lines ? items.fromLines(body) : items.fromArray(body));
    }
}
