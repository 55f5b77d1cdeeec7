package com.applicationmanager.monitoring;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps client-chosen values from growing the number of series on the unauthenticated scrape: the job
 * {@code type} of the application meters takes at most {@code app.monitoring.max-job-types} values (later
 * ones are counted as {@value #OTHER}), and a path nothing serves is counted under one {@code uri}, not
 * its own (junk paths would otherwise fill Micrometer's URI cap and push real ones out).
 */
public class TagCardinality {

    static final String OTHER = "other";

    @Produces
    @Singleton
    MeterFilter boundedTags(MonitoringConfig config) {
        return boundedTags(config.maxJobTypes());
    }

    MeterFilter boundedTags(int maxJobTypes) {
        Set<String> jobTypes = ConcurrentHashMap.newKeySet();
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String type = id.getTag("type");
                if (type != null && id.getName().startsWith("applications.") && !known(type)) {
                    return id.withTag(Tag.of("type", OTHER));
                }
                String uri = id.getTag("uri");
                // a template ("/api/v1/applications/{id}") is bounded; a raw path that found nothing is not
                if (id.getName().equals("http.server.requests") && "404".equals(id.getTag("status"))
                        && uri != null && !uri.contains("{")) {
                    return id.withTag(Tag.of("uri", "NOT_FOUND"));
                }
                return id;
            }

            private boolean known(String type) {
                if (jobTypes.contains(type)) {
                    return true;
                }
                synchronized (jobTypes) {
                    if (jobTypes.size() < maxJobTypes) {
                        jobTypes.add(type);
                    }
                    return jobTypes.contains(type);
                }
            }
        };
    }
}
