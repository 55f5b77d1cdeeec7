package com.applicationmanager.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.client.ClientPrincipal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Caps the streams open at once, per caller (a client, or an operator by name) and per address, across both
 * transports, so one key or one host cannot hold thousands of connections (and file descriptors). A slot is
 * taken when a stream opens and given back when it ends.
 */
@ApplicationScoped
public class StreamSlots {

    /** What a stream holds until it ends. */
    public record Slot(String caller, String address) {
    }

    private final LiveConfig config;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final Counter refused;

    public StreamSlots(LiveConfig config, MeterRegistry meters) {
        this.config = config;
        this.refused = meters.counter("applications.live.streams.refused");
    }

    /** Who holds a stream: a client by id, an operator by name. */
    public static String callerOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof ClientPrincipal client ? "client " + client.id()
                : "operator " + identity.getPrincipal().getName();
    }

    /** Without taking one: whether a stream could open now (the WebSocket handshake asks, the open takes). */
    public boolean available(String caller, String address) {
        return open.getOrDefault("caller:" + caller, 0) < config.maxStreamsPerClient()
                && open.getOrDefault("address:" + address, 0) < config.maxStreamsPerAddress();
    }

    /** @return the slot, or null when the caller or the address already has its maximum open */
    public Slot take(String caller, String address) {
        String callerKey = "caller:" + caller;
        String addressKey = "address:" + address;
        synchronized (open) {
            if (!available(caller, address)) {
                refused.increment();
                return null;
            }
            open.merge(callerKey, 1, Integer::sum);
            open.merge(addressKey, 1, Integer::sum);
        }
        return new Slot(callerKey, addressKey);
    }

    public void giveBack(Slot slot) {
        synchronized (open) {
            open.computeIfPresent(slot.caller(), (k, n) -> n > 1 ? n - 1 : null);
            open.computeIfPresent(slot.address(), (k, n) -> n > 1 ? n - 1 : null);
        }
    }
}
