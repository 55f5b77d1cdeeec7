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
 * Derives each tier channel's prefetch from the worker's concurrency (applications in flight), at most {@link #MAX_WINDOW},
 * so operators set one number
 * ({@code app.worker.concurrency}) and the weights stay in code: {@code app.tier-prefetch.<tier>}.
 */
public class TierPrefetch implements ConfigSourceFactory {

    /**
     * The connector hands deliveries to the application through a Mutiny emitOn stage that holds 256; after a
     * reconnection the broker pushes a whole window at once while that stage may still hold the old connection's,
     * and more than it holds ends the channel's stream for good (BrokerOutageIT, which a window of 256 still failed
     * once in four runs). Half of it leaves room for both windows. Above a concurrency of 43 the weights flatten.
     */
    static final int MAX_WINDOW = 128;

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue concurrency = context.getValue("app.worker.concurrency");
        int perWorker = concurrency == null || concurrency.getValue() == null ? 256
                : Integer.parseInt(concurrency.getValue().trim());
        Map<String, String> prefetch = new HashMap<>();
        for (Tier tier : Tier.values()) {
            prefetch.put("app.tier-prefetch." + tier.key(), String.valueOf(Math.min(perWorker * tier.weight(), MAX_WINDOW)));
        }
        return List.of(new PropertiesConfigSource(prefetch, "tier-prefetch", 150));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }
}
