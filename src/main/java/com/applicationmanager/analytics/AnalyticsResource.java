package com.applicationmanager.analytics;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;

import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/admin/analytics")
@RolesAllowed("admin")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocumentation.ADMIN_INSIGHT)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class AnalyticsResource {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})([mhd])");
    private static final Duration LONGEST = Duration.ofDays(31);
    /** What the database stores with room to spare; further instants are refused, not sent to SQL. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Analytics analytics;

    public AnalyticsResource(Analytics analytics) {
        this.analytics = analytics;
    }

    /**
     * p50/p95/p99 processing time and success, retry and dead-letter rates by {@code by} (type, tenant, step) over
     * the last {@code window} (15m, 6h, 7d or ISO-8601 such as PT90M), or from {@code from} to {@code to}.
     */
    @GET
    @Operation(summary = "Processing analytics",
            description = "p50/p95/p99 processing time and success, retry and dead-letter rates, grouped, over a window "
                    + "or between two instants (at most 31 days).")
    @APIResponse(responseCode = "200", description = "One row per group",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalyticsReport.class)))
    @APIResponse(responseCode = "400", description = "An unknown grouping, a malformed window or instant, or a span that "
            + "is not positive or longer than 31 days (urn:problem:validation, naming the parameter)")
    public Response report(@Parameter(description = "Grouping: type, tenant or step") @QueryParam("by") @DefaultValue("type") String by,
            @Parameter(description = "The last 15m, 6h, 7d or an ISO-8601 duration such as PT90M; ignored with from")
            @QueryParam("window") @DefaultValue("1h") String window,
            @Parameter(description = "Start (ISO-8601 instant), instead of window", example = "2026-12-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "End (ISO-8601 instant); now when absent", example = "2026-12-02T00:00:00Z")
            @QueryParam("to") String to) {
        Analytics.By grouping;
        try {
            grouping = Analytics.By.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAnalyticsQuery("by", "must be one of type, tenant, step");
        }
        Instant end;
        Instant start;
        try {
            end = to == null ? Instant.now() : Instant.parse(to);
            start = from == null ? end.minus(parseWindow(window)) : Instant.parse(from);
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
            throw new InvalidAnalyticsQuery(from == null && to == null ? "window" : "from",
                    "must be a window such as 15m, 6h, 7d or PT90M, or from/to as ISO-8601 instants");
        }
        if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
            throw new InvalidAnalyticsQuery(from == null ? "to" : "from", "must lie between 1970 and 9999");
        }
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidAnalyticsQuery("window", "must be positive and at most 31 days");
        }
        return Response.ok(analytics.report(grouping, start, end)).build();
    }

    static Duration parseWindow(String window) {
        Matcher matcher = SHORT_DURATION.matcher(window);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        return Duration.parse(window);
    }
}
