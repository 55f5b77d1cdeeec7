package com.applicationmanager.role;

/** Which half of the system this process runs; chosen at start by {@code app.role} (APP_ROLE). */
public enum Role {
    /** Serves the API and relays the outbox; does not consume. */
    INTAKE,
    /** Consumes and processes; serves only health and metrics. */
    WORKER,
    /** Both, for local development. */
    ALL;

    public boolean servesApi() {
        return this != WORKER;
    }

    public boolean consumes() {
        return this != INTAKE;
    }
}
