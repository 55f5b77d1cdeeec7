package com.applicationmanager.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Live status updates; broker names follow {@code app.messaging.prefix} (exchange {@code <prefix>.status}). */
@ConfigMapping(prefix = "app.live")
public interface LiveConfig {

    /** Status events waiting to be published; when full, new ones are dropped (the timeline still has them). */
    @WithDefault("10000")
    int publishBuffer();

    /** Status events an intake's own queue holds before the broker drops the oldest. */
    @WithDefault("10000")
    int queueMaxLength();

    /** Streams (SSE and WebSocket together) one client, or one operator, may have open at once on this process. */
    @WithDefault("20")
    int maxStreamsPerClient();

    /** Streams one address may have open at once on this process. */
    @WithDefault("100")
    int maxStreamsPerAddress();

    /** Events one SSE stream holds for a client that reads slowly; past it the stream ends (the client reconnects). */
    @WithDefault("1000")
    int streamBuffer();

    /** How often to try again when the broker could not be reached, and to recover a lost connection. */
    @WithDefault("5s")
    Duration reconnectInterval();
}
