package com.applicationmanager.client;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/admin/clients}. */
@Schema(name = "NewClient")
public record NewClient(
        @Schema(description = "Unique name of the client", examples = "acme-careers-site")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be a name such as acme-careers") String name,
        @Schema(description = "Tenant its applications belong to", examples = "acme")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a tenant id such as acme") String tenant,
        @Schema(description = "Customer tier; feeds processing priority", examples = "enterprise")
        @NotBlank @Size(max = 32) @Pattern(regexp = "enterprise|professional|free", message = "must be one of enterprise, professional, free") String tier,
        @Schema(description = "Requests per minute this client may make; app.clients.default-rate-limit-per-minute (600) when absent", examples = "600")
        @Positive @Max(1_000_000) Integer rateLimitPerMinute) {
}
