package com.applicationmanager.monitoring;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Makes the scrape follow Prometheus' naming rules, so that {@code promtool check metrics} passes on it (docs/metrics.md,
 * "Lint"): SmallRye Fault Tolerance's camelCase meter names and tag keys ({@code ft.timeout.executionDuration},
 * {@code circuitBreakerResult}) become snake_case ({@code ft_timeout_execution_duration_seconds},
 * {@code circuit_breaker_result}; tag values such as {@code halfOpen} stay); the gauge {@code system_cpu_count} loses
 * the {@code _count} suffix only histograms and summaries may have. Two binder meters the rules reject whatever
 * their name are left out: {@code process_cpu_time_ns_total} (nanoseconds; {@code process_cpu_usage} stays) and the
 * long-task timer {@code http_server_connections_seconds}, whose samples the text format splits into families
 * without help text. Help text comes from {@link MeterDescriptions}, under the new names.
 */
public class PrometheusNames {

    private static final Set<String> LEFT_OUT = Set.of("process.cpu.time", "http.server.connections");

    @Produces
    @Singleton
    MeterFilter prometheusNames() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return LEFT_OUT.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(Meter.Id id) {
                Meter.Id renamed = switch (id.getName()) {
                    case "system.cpu.count" -> id.withName("system.cpu.logical");
                    default -> id.getName().startsWith("ft.") ? id.withName(snakeCase(id.getName()))
                            .replaceTags(id.getTags().stream().map(tag -> Tag.of(snakeCase(tag.getKey()), tag.getValue())).toList())
                            : id;
                };
                return MeterDescriptions.describe(renamed);
            }
        };
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
