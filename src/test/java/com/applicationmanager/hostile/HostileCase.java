package com.applicationmanager.hostile;

import java.util.Set;

/**
 * One generated request and what the API must answer to it.
 *
 * @param label the fault in a few words, to group the results and to reproduce a failure
 * @param expectedField the field a 400 must name, when the fault is about one field
 * @param storedName for an accepted request, the candidate name that must be stored (NFC, trimmed)
 */
record HostileCase(Fault fault, String label, byte[] request, Set<Integer> expected, String expectedField,
        String storedName) {

    enum Fault {
        MALFORMED_JSON, NON_UTF8, WRONG_TYPE, DEEP_NESTING, OVERSIZED, UNKNOWN_FIELD, INVALID_VALUE,
        WRONG_CONTENT_TYPE, NO_OR_BAD_KEY, BAD_HEADER, WRONG_PATH_OR_METHOD, BROKEN_HTTP, VALID_HOSTILE_TEXT;

        /** Requests the HTTP codec refuses before any route exists; Netty answers those with a bare status. */
        boolean answeredByCodec() {
            return this == BROKEN_HTTP;
        }
    }

    static HostileCase refused(Fault fault, String label, byte[] request, int... statuses) {
        return new HostileCase(fault, label, request, toSet(statuses), null, null);
    }

    HostileCase naming(String field) {
        return new HostileCase(fault, label, request, expected, field, storedName);
    }

    static HostileCase accepted(String label, byte[] request, String storedName) {
        return new HostileCase(Fault.VALID_HOSTILE_TEXT, label, request, Set.of(202), null, storedName);
    }

    private static Set<Integer> toSet(int... statuses) {
        return java.util.Arrays.stream(statuses).boxed().collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
