package com.applicationmanager.monitoring;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads queue statistics from the RabbitMQ management HTTP API: the broker's own numbers, not home-made
 * counters. One request lists every queue under our prefix.
 */
@ApplicationScoped
public class ManagementApi {

    private static final String COLUMNS = "name,type,messages_ready,messages_unacknowledged,consumers,message_stats,"
            + "head_message_timestamp";

    private final MonitoringConfig config;
    private final ObjectMapper json;
    private final String virtualHost;
    private final HttpClient http;

    public ManagementApi(MonitoringConfig config, ObjectMapper json,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        this.config = config;
        this.json = json;
        this.virtualHost = virtualHost;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
    }

    /** @throws ManagementApiException when the API cannot be reached or answers with an error */
    public List<QueueStats> queues(String namePrefix) {
        String regex = "^" + namePrefix.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1") + "\\.";
        String path = "/api/queues/" + encode(virtualHost) + "?page=1&page_size=500&use_regex=true&name="
                + encode(regex) + "&columns=" + encode(COLUMNS);
        JsonNode items = get(path).path("items");
        List<QueueStats> stats = new ArrayList<>();
        items.forEach(item -> stats.add(new QueueStats(
                item.path("name").asText(),
                item.path("type").asText(),
                item.path("messages_ready").asLong(),
                item.path("messages_unacknowledged").asLong(),
                item.path("consumers").asInt(),
                item.path("message_stats").path("publish_details").path("rate").asDouble(0),
                item.path("message_stats").path("deliver_get_details").path("rate").asDouble(0),
                item.hasNonNull("head_message_timestamp") ? item.get("head_message_timestamp").asLong() : null)));
        return stats;
    }

    private JsonNode get(String path) {
        String credentials = config.managementUsername() + ":" + config.managementPassword();
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.managementUrl() + path))
                .timeout(config.requestTimeout())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new ManagementApiException("management API answered " + response.statusCode() + " for " + path);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ManagementApiException("management API unreachable at " + config.managementUrl() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagementApiException("interrupted while reading the management API", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The broker's statistics are unavailable; gauges read NaN until the next successful poll. */
    public static class ManagementApiException extends RuntimeException {
        ManagementApiException(String message) {
            super(message);
        }

        ManagementApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
