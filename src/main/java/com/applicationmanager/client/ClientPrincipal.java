package com.applicationmanager.client;

import java.security.Principal;
import java.util.UUID;

/** The authenticated client of a request, as the rest of the application sees it. */
public record ClientPrincipal(UUID id, String name, String tenant, String tier, Integer rateLimitPerMinute)
        implements Principal {

    @Override
    public String getName() {
        return name;
    }
}
