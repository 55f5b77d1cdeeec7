package com.applicationmanager.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.applicationmanager.problem.ProblemRoutes;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals that come before authentication and authorisation, for every path (REST, WebSocket upgrades and
 * the dashboard's static files alike):
 * <ul>
 * <li>an encoded slash or backslash in the path: the permission check and the file server would not agree
 * on which path it names ({@code /admin%2fdashboard/} was once served without credentials);</li>
 * <li>a cross-site request that could change something (any method but GET/HEAD/OPTIONS, and every WebSocket
 * upgrade): a browser replays a cached Basic sign-in on such requests. {@code Sec-Fetch-Site} decides where
 * the browser sends it; otherwise an {@code Origin} must name this host. Requests with neither (curl, other
 * services) are not from a browser page and pass.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuards {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> SAME_ORIGIN_FETCH = Set.of("same-origin", "none");

    void install(@Observes Router router) {
        router.route().order(-5).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path() == null ? "" : request.path().toLowerCase(Locale.ROOT);
        if (path.contains("%2f") || path.contains("%5c") || path.contains("\\")) {
            ProblemRoutes.answer(context, Response.Status.BAD_REQUEST,
                    "Encoded slashes and backslashes are not allowed in a path");
            return;
        }
        if ((!SAFE.contains(request.method()) || isUpgrade(request)) && crossSite(request)) {
            ProblemRoutes.answer(context, Response.Status.FORBIDDEN, "A request that changes something, or opens "
                    + "a WebSocket, must come from this service's own pages (Origin / Sec-Fetch-Site)");
            return;
        }
        context.next();
    }

    static boolean crossSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !SAME_ORIGIN_FETCH.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || uri.getHost() == null || !sameAuthority(authority, host, uri.getScheme());
        } catch (IllegalArgumentException e) {
            return true; // "null" (a sandboxed page or a file) and anything unreadable
        }
    }

    /** Compares with the default port of the origin's scheme spelled out or not on either side. */
    private static boolean sameAuthority(String origin, String host, String scheme) {
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return strip(origin, defaultPort).equalsIgnoreCase(strip(host, defaultPort));
    }

    private static String strip(String authority, String defaultPort) {
        return authority.endsWith(defaultPort) ? authority.substring(0, authority.length() - defaultPort.length()) : authority;
    }

    private static boolean isUpgrade(HttpServerRequest request) {
        String upgrade = request.getHeader("Upgrade");
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }
}
