package com.applicationmanager.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.applicationmanager.messaging.TopologyConfig;
import com.applicationmanager.role.Role;
import com.applicationmanager.worker.WorkerConfig;

import io.quarkus.runtime.shutdown.ShutdownConfig;
import io.smallrye.config.ConfigMapping;

/**
 * What the application serves and reads, taken from the application itself: its application.properties, the
 * README's configuration table, its Role enum, its queue naming (TopologyConfig) and its worker pool. Renaming
 * any of these makes the manifest checks fail until the manifests follow.
 */
final class ApplicationTruth {

    private static final Properties PROPERTIES = loadProperties();

    private ApplicationTruth() {
    }

    static int httpPort() {
        return Integer.parseInt(property("quarkus.http.port", "8080"));
    }

    /** Quarkus serves health under the non-application root: /q/health/{started,live,ready} unless configured. */
    static String healthPath(String probe) {
        String sub = switch (probe) {
            case "startup" -> property("quarkus.smallrye-health.startup-path", "started");
            case "liveness" -> property("quarkus.smallrye-health.liveness-path", "live");
            case "readiness" -> property("quarkus.smallrye-health.readiness-path", "ready");
            default -> throw new IllegalArgumentException(probe);
        };
        return "/" + nonApplicationRoot() + "/" + property("quarkus.smallrye-health.root-path", "health") + "/" + sub;
    }

    static String metricsPath() {
        return "/" + nonApplicationRoot() + "/" + property("quarkus.micrometer.export.prometheus.path", "metrics");
    }

    static Set<String> roles() {
        return Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    static String defaultMessagingPrefix() {
        return property("app.messaging.prefix", "applications");
    }

    /** The KEDA trigger watches every tier's work queue with one regular expression and sums them. */
    static String workQueue(String prefix) {
        TopologyConfig topology = topology(prefix);
        return Arrays.stream(com.applicationmanager.messaging.Tier.values())
                .map(tier -> topology.workQueue(tier).replace(".", "\\."))
                .collect(Collectors.joining("|", "^(", ")$"));
    }

    static String deadLetterEventsQueue(String prefix) {
        return topology(prefix).deadLetterEventsQueue();
    }

    /** Every environment variable the application reads: its own settings plus the framework settings below. */
    static Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        PROPERTIES.stringPropertyNames().stream().filter(key -> !key.startsWith("%")).map(ApplicationTruth::envName)
                .forEach(names::add);
        names.addAll(Readme.environmentVariables());
        names.add(envName(shutdownTimeoutProperty()));
        // read by the image's run-java.sh (heap share) and by the java launcher itself, not by the application
        names.add("JAVA_MAX_MEM_RATIO");
        names.add("JDK_JAVA_OPTIONS");
        return names;
    }

    /** The MicroProfile Config rule: every character but letters and digits becomes _, all upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** quarkus.shutdown.timeout, read off Quarkus's own ShutdownConfig mapping. */
    static String shutdownTimeoutProperty() {
        try {
            ShutdownConfig.class.getMethod("timeout");
        } catch (NoSuchMethodException e) {
            throw new AssertionError("Quarkus's ShutdownConfig has no timeout() any more", e);
        }
        return ShutdownConfig.class.getAnnotation(ConfigMapping.class).prefix() + ".timeout";
    }

    /** app.worker.shutdown-grace, read off the worker's own mapping. */
    static String workerShutdownGraceProperty() {
        try {
            WorkerConfig.class.getMethod("shutdownGrace");
        } catch (NoSuchMethodException e) {
            throw new AssertionError("WorkerConfig has no shutdownGrace() any more", e);
        }
        return WorkerConfig.class.getAnnotation(ConfigMapping.class).prefix() + ".shutdown-grace";
    }

    private static String nonApplicationRoot() {
        return property("quarkus.http.non-application-root-path", "q").replaceAll("^/|/$", "");
    }

    private static String property(String key, String quarkusDefault) {
        return PROPERTIES.getProperty(key, quarkusDefault);
    }

    private static TopologyConfig topology(String prefix) {
        return new TopologyConfig() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public Duration messageTtl() {
                return Duration.ofDays(1);
            }

            @Override
            public List<Duration> retryDelays() {
                return List.of(Duration.ofSeconds(1));
            }

            @Override
            public int deliveryLimit() {
                return 1;
            }

            @Override
            public int deadLetterDeliveryLimit() {
                return 1;
            }
        };
    }

    private static Properties loadProperties() {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Renderings.PROJECT.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
