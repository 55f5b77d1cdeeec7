package com.applicationmanager.live;

import java.util.UUID;

/** What a client follows: one application, or every application of a tenant. */
record Topic(String kind, String value) {

    static Topic application(UUID id) {
        return new Topic("application", id.toString());
    }

    static Topic tenant(String tenant) {
        return new Topic("tenant", tenant);
    }

    boolean isApplication() {
        return kind.equals("application");
    }
}
