package com.numberinventory.adapters.rest.security;

import com.numberinventory.domain.apikey.Scope;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.numberinventory.domain.apikey.Scope.INVENTORY_ADMIN;
import static com.numberinventory.domain.apikey.Scope.KEYS_ADMIN;
import static com.numberinventory.domain.apikey.Scope.NUMBERS_READ;
import static com.numberinventory.domain.apikey.Scope.NUMBERS_WRITE;
import static com.numberinventory.domain.apikey.Scope.WEBHOOKS_ADMIN;

/**
 * THE place that says which scope each {@code /v1} route needs: one row per method and path template, exactly
 * as the resource declares it ({@code {name}} stands for one path segment). A {@code /v1} request that matches no
 * row is refused with 403 {@code api_key.scope_denied} for every key except a full-admin key (all scopes, no
 * workspace), and {@code RouteAuthorizationMatrixTest} fails for any served route missing here.
 * Adding a route: add its row below.
 */
public final class RouteScopes {

    /** One row: a method, a path template and the scope it needs. */
    public record Rule(String method, String template, Scope scope, Pattern pattern) {
        static Rule of(String method, String template, Scope scope) {
            StringBuilder regex = new StringBuilder("^");
            for (String segment : template.substring(1).split("/")) {
                regex.append('/').append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
            }
            return new Rule(method, template, scope, Pattern.compile(regex.append('$').toString()));
        }

        boolean matches(String m, String path) {
            return method.equals(m) && pattern.matcher(path).matches();
        }
    }

    /** Every /v1 route and its scope. Literal paths are listed before templates that could also match them. */
    public static final List<Rule> RULES = List.of(
            // Numbers (foundation)
            Rule.of("GET", "/v1/numbers", NUMBERS_READ),
            Rule.of("GET", "/v1/numbers/lookup", NUMBERS_READ),
            Rule.of("POST", "/v1/numbers/provision", NUMBERS_WRITE),
            Rule.of("GET", "/v1/numbers/{id}", NUMBERS_READ),
            Rule.of("GET", "/v1/numbers/{id}/events", NUMBERS_READ),
            Rule.of("POST", "/v1/numbers/{id}/provision", NUMBERS_WRITE),
            Rule.of("POST", "/v1/numbers/{id}/release", NUMBERS_WRITE),
            // Numbers lifecycle
            Rule.of("POST", "/v1/numbers/{id}/reserve", NUMBERS_WRITE),
            Rule.of("DELETE", "/v1/numbers/{id}/reservation", NUMBERS_WRITE),
            Rule.of("POST", "/v1/numbers/{id}/suspend", NUMBERS_WRITE),
            Rule.of("POST", "/v1/numbers/{id}/resume", NUMBERS_WRITE),
            Rule.of("POST", "/v1/numbers/{id}/activate", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/numbers/{id}/retire", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/numbers/{id}/transfer", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/numbers/{id}/disconnect", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/numbers/{id}/disconnect/retry", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/rentals", NUMBERS_READ),
            Rule.of("GET", "/v1/rentals/{id}", NUMBERS_READ),
            Rule.of("POST", "/v1/rentals/{id}/convert", NUMBERS_WRITE),
            // Providers, their credentials, and series
            Rule.of("POST", "/v1/providers", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/providers", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/providers/{id}", INVENTORY_ADMIN),
            Rule.of("DELETE", "/v1/providers/{id}", INVENTORY_ADMIN),
            Rule.of("PUT", "/v1/providers/{id}/credentials", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/providers/{id}/available-numbers", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/providers/{id}/reconciliations", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/providers/{id}/reconciliations", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/providers/{id}/reconciliations/{rid}", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/providers/{id}/reconciliations/{rid}/apply", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/orders", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/orders", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/orders/{id}", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/orders/{id}/retry", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/jobs", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/jobs", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/jobs/{id}", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/jobs/{id}/results", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/series", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/series", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/series/{id}", INVENTORY_ADMIN),
            Rule.of("PATCH", "/v1/series/{id}", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/series/{id}/activate", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/series/{id}/deactivate", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/series/{id}/numbers", INVENTORY_ADMIN),
            // Provider event log and campaigns
            Rule.of("GET", "/v1/provider-events", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/provider-events/{id}", INVENTORY_ADMIN),
            Rule.of("POST", "/v1/provider-events/{id}/replay", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/campaigns", INVENTORY_ADMIN),
            Rule.of("GET", "/v1/campaigns/{id}", INVENTORY_ADMIN),
            // Outbound webhooks
            Rule.of("GET", "/v1/webhooks/event-types", WEBHOOKS_ADMIN),
            Rule.of("POST", "/v1/webhooks", WEBHOOKS_ADMIN),
            Rule.of("GET", "/v1/webhooks", WEBHOOKS_ADMIN),
            Rule.of("GET", "/v1/webhooks/{id}", WEBHOOKS_ADMIN),
            Rule.of("PATCH", "/v1/webhooks/{id}", WEBHOOKS_ADMIN),
            Rule.of("DELETE", "/v1/webhooks/{id}", WEBHOOKS_ADMIN),
            Rule.of("POST", "/v1/webhooks/{id}/rotate-secret", WEBHOOKS_ADMIN),
            Rule.of("GET", "/v1/webhooks/{id}/deliveries", WEBHOOKS_ADMIN),
            Rule.of("GET", "/v1/webhook-deliveries/{id}", WEBHOOKS_ADMIN),
            Rule.of("POST", "/v1/webhook-deliveries/{id}/retry", WEBHOOKS_ADMIN),
            // API keys
            Rule.of("POST", "/v1/api-keys", KEYS_ADMIN),
            Rule.of("GET", "/v1/api-keys", KEYS_ADMIN),
            Rule.of("GET", "/v1/api-keys/{id}", KEYS_ADMIN),
            Rule.of("DELETE", "/v1/api-keys/{id}", KEYS_ADMIN));

    private RouteScopes() {
    }

    /** The rule for a request, if any; HEAD is read as GET. The path must be {@link #canonical} already. */
    public static Optional<Rule> ruleFor(String method, String canonicalPath) {
        String m = method.toUpperCase(Locale.ROOT);
        String effective = "HEAD".equals(m) ? "GET" : m;
        // A plain loop: asked on every request, and the routing backend's lookup is the second rule.
        for (Rule r : RULES) {
            if (r.matches(effective, canonicalPath)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The rule for a served route template (as the OpenAPI document names it), if declared. */
    public static Optional<Rule> ruleForTemplate(String method, String template) {
        String m = method.toUpperCase(Locale.ROOT);
        String normalized = template.replaceAll("\\{[^/}]+}", "{}");
        return RULES.stream()
                .filter(r -> r.method().equals(m) && r.template().replaceAll("\\{[^/}]+}", "{}").equals(normalized))
                .findFirst();
    }

    /**
     * The path as the router will read it: repeated slashes collapsed, matrix parameters dropped, trailing slash
     * removed, dot segments resolved. Used both to decide whether a key is needed and to find the rule.
     */
    public static String canonical(String rawPath) {
        String path = rawPath == null ? "/" : rawPath;
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            int semi = segment.indexOf(';');
            String s = semi >= 0 ? segment.substring(0, semi) : segment;
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(s);
        }
        return "/" + String.join("/", segments);
    }

    /** Whether a canonical path is under the key-protected API. */
    public static boolean isApiPath(String canonicalPath) {
        String lower = canonicalPath.toLowerCase(Locale.ROOT);
        return lower.equals("/v1") || lower.startsWith("/v1/");
    }
}
