package com.applicationmanager.admin;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A dead letter as the admin API lists it. The failure fields come from the worker's headers (x-reason, ...)
 * or, for a dead letter made by the broker (expired, delivery_limit), from its x-death record.
 * {@code applicationStatus} is the application's current status in the database.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(int position, String messageId, UUID applicationId, String type, String tenant,
        String reason, Integer attempts, String firstFailure, String lastFailure, String errorType,
        String errorMessage, String originalQueue, Instant deadLetteredAt, boolean readable,
        String applicationStatus) {

    DeadLetter withStatus(String status) {
        return new DeadLetter(position, messageId, applicationId, type, tenant, reason, attempts, firstFailure,
                lastFailure, errorType, errorMessage, originalQueue, deadLetteredAt, readable, status);
    }
}
