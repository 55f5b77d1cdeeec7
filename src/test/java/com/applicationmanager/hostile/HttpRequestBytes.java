package com.applicationmanager.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds the exact bytes of one HTTP/1.1 request; header text is written byte for byte (ISO-8859-1). */
final class HttpRequestBytes {

    static final String SUBMIT = "/api/v1/applications";

    private String method = "POST";
    private String path = SUBMIT;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private boolean contentLength = true;

    static HttpRequestBytes post(String apiKey, String contentType, byte[] body) {
        HttpRequestBytes request = new HttpRequestBytes();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.body = body;
        return request;
    }

    static HttpRequestBytes post(String apiKey, String json) {
        return post(apiKey, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpRequestBytes method(String method, String path) {
        this.method = method;
        this.path = path;
        return this;
    }

    HttpRequestBytes header(String name, String value) {
        headers.add(new String[] { name, value });
        return this;
    }

    /** Declares the body's length but sends none of it (a client announcing more than the limit). */
    HttpRequestBytes declaringOnly(long length) {
        header("Content-Length", String.valueOf(length));
        contentLength = false;
        body = new byte[0];
        return this;
    }

    /** Sends the body in chunks of {@code size} bytes, without Content-Length. */
    HttpRequestBytes chunked(int size) {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += size) {
            int length = Math.min(size, body.length - offset);
            chunked.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunked.write(body, offset, length);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        header("Transfer-Encoding", "chunked");
        body = chunked.toByteArray();
        contentLength = false;
        return this;
    }

    byte[] bytes() {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (contentLength && (body.length > 0 || method.equals("POST") || method.equals("PUT"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }
}
