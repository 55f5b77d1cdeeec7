package com.applicationmanager.outbox;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * Carries the submitting request's trace context across the outbox row, in the configured propagation format
 * (W3C {@code traceparent} by default), so the relay publishes the message as part of the request's trace.
 */
@ApplicationScoped
class TraceContextCarrier {

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier.get(key);
        }
    };

    private final TextMapPropagator propagator;

    TraceContextCarrier(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** The current context as propagation headers, or null when there is none to carry (tracing off). */
    Map<String, String> capture() {
        Map<String, String> headers = new HashMap<>();
        propagator.inject(Context.current(), headers, Map::put);
        return headers.isEmpty() ? null : headers;
    }

    Context restore(Map<String, String> headers) {
        return headers == null ? Context.root() : propagator.extract(Context.root(), headers, MAP_GETTER);
    }
}
