package com.applicationmanager.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Derives each tier channel's prefetch from the worker's concurrency (applications in flight), so operators set one number
 * ({@code app.worker.concurrency}) and the weights stay in code: {@code app.tier-prefetch.<tier>}.
 */
public class TierPrefetch implements ConfigSourceFactory {

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue concurrency = context.getValue("app.worker.concurrency");
        int perWorker = concurrency == null || concurrency.getValue() == null ? 256
                : Integer.parseInt(concurrency.getValue().trim());
        Map<String, String> prefetch = new HashMap<>();
        for (Tier tier : Tier.values()) {
            prefetch.put("app.tier-prefetch." + tier.key(), String.valueOf(perWorker * tier.weight()));
        }
        return List.of(new PropertiesConfigSource(prefetch, "tier-prefetch", 150));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }
}
