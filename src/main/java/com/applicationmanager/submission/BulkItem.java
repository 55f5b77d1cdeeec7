package com.applicationmanager.submission;

import com.applicationmanager.problem.Problem;

/**
 * One item of a bulk import as read: the application and its optional key, or what is wrong with it.
 *
 * @param idempotencyKey the item's {@code idempotencyKey} field, or null
 */
record BulkItem(int index, ApplicationRequest request, String idempotencyKey, Problem problem) {

    static BulkItem refused(int index, Problem problem) {
        return new BulkItem(index, null, null, problem);
    }
}
