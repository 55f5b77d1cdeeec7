package com.applicationmanager.client;

/** The two roles of the API: clients submit and follow their applications; admins operate. */
public final class Roles {

    /** Held by a request that carries a valid client key in {@code X-API-Key}. */
    public static final String CLIENT = "client";

    /** Held by a request that carries the operator credential (HTTP Basic). */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
