package com.applicationmanager.submission;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.tracking.ApplicationStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to a bulk import, in the manner of Elasticsearch's {@code _bulk}: one result per item, in order. */
@Schema(name = "BulkResult")
public record BulkResult(
        @Schema(description = "True when at least one item was not stored; look for the items with a problem") boolean errors,
        List<Item> items) {

    /** One item's outcome: 202 with where to follow it (replayed when its key was seen before), or its problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkItemResult")
    public record Item(@Schema(description = "Position of the item in the request, from 0") int index,
            @Schema(description = "What a single submission of this item would have answered", examples = "202") int status,
            UUID id, ApplicationStatus applicationStatus, URI statusUrl,
            @Schema(description = "True when the item's idempotencyKey was used before with the same application") Boolean replayed,
            @Schema(description = "Why this item was not stored") Problem problem) {

        static Item stored(int index, Submission submission, URI statusUrl) {
            return new Item(index, 202, submission.id(), submission.status(), statusUrl,
                    submission.replayed() ? Boolean.TRUE : null, null);
        }

        static Item refused(int index, Problem problem) {
            return new Item(index, problem.status(), null, null, null, null, problem);
        }
    }

    static BulkResult of(List<Item> items) {
        return new BulkResult(items.stream().anyMatch(item -> item.problem() != null), items);
    }
}
