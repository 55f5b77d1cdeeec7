package com.applicationmanager.admin;

import java.util.List;
import java.util.UUID;

/**
 * What a reprocess request did. {@code examined} counts the dead letters looked at (at most the queue's depth
 * when the request began, so failures arriving meanwhile wait for the next request); {@code remaining} counts
 * those that are still there; {@code notFound} lists selected ids that no examined dead letter carried.
 */
public record ReprocessResult(int examined, int reprocessed, int duplicatesRemoved, List<Skipped> skipped,
        List<UUID> notFound, long remaining) {

    public record Skipped(UUID applicationId, String messageId, String reason) {
    }
}
