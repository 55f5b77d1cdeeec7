package com.applicationmanager.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new key with its client; the only time the key is ever shown. */
@Schema(name = "IssuedKey")
public record IssuedKey(ClientView client,
        @Schema(description = "The key, for the X-API-Key header; shown once, stored only as a hash",
                examples = "amk_Q3xvW1m8Zk0n4Yt2cR7pLq9sVb6uJd3hFg5aXe1oKi0") String apiKey) {
}
