package com.applicationmanager.admin;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The operator's wish for a consuming channel and what each live worker has applied. A pause has taken hold
 * when every instance reports {@code paused}; {@code changedAt}/{@code changedBy} are empty until first set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsumptionState(String channel, boolean paused, Instant changedAt, String changedBy,
        List<Instance> instances) {

    public record Instance(String instanceId, boolean paused, Instant seenAt) {
    }
}
