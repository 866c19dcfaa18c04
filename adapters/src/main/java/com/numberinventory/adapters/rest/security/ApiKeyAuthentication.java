package com.numberinventory.adapters.rest.security;

import com.numberinventory.adapters.rest.support.Problems;
import com.numberinventory.adapters.rest.support.RequestIds;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import com.numberinventory.adapters.rest.support.RestConfig;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Optional;

/**
 * Guards every {@code /v1} route (and {@code /q/metrics} unless {@code numbers.auth.metrics-public=true}): the
 * request must carry {@code Authorization: Bearer <key>} of a usable key holding the scope {@link RouteScopes}
 * names for the route. Everything else ({@code /webhooks/...}, health, OpenAPI, Swagger UI) is public.
 * The caller is left in the routing context for {@link CurrentCaller}.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

    private static final Logger LOG = Logger.getLogger(ApiKeyAuthentication.class);
    /** After request ids (1000) and the body limit (900). */
    static final int PRIORITY = 800;

    /** Known keys are answered from memory, on the event loop; only a miss goes to the database. */
    @Inject
    ApiKeyCache keys;

    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    @Inject
    RestConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext rc) {
        String path = RouteScopes.canonical(rc.normalizedPath());
        boolean api = RouteScopes.isApiPath(path);
        boolean metrics = !config.auth().metricsPublic() && path.toLowerCase(Locale.ROOT).startsWith("/q/metrics");
        if (!api && !metrics) {
            rc.next();
            return;
        }
        Optional<String> presented = bearer(rc.request().getHeader("Authorization"));
        if (presented.isEmpty()) {
            refuse(rc, new DomainException(ErrorCode.API_KEY_INVALID,
                    "send an API key as 'Authorization: Bearer <key>'"));
            return;
        }
        Optional<ApiKey> cached;
        try {
            cached = keys.cached(presented.get());
        } catch (DomainException e) {
            refuse(rc, e);
            return;
        }
        if (cached.isPresent()) {
            admit(rc, cached.get(), path, api, metrics);
            return;
        }
        rc.request().pause();
        rc.vertx().<ApiKey>executeBlocking(() -> keys.authenticate(presented.get()), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        Throwable e = result.cause();
                        if (e instanceof DomainException de) {
                            refuse(rc, de);
                        } else {
                            LOG.errorf("request %s: authentication failed: %s", rc.request().getHeader(
                                    RequestIds.HEADER), e.getClass().getName());
                            end(rc, 503, "service_unavailable", "could not check the API key; retry shortly");
                        }
                        // Let the unread body drain (nobody reads it) so the connection stays usable.
                        rc.request().resume();
                        return;
                    }
                    // The request stays paused: the REST layer resumes it when it reads the body.
                    admit(rc, result.result(), path, api, metrics);
                });
    }

    private void admit(RoutingContext rc, ApiKey key, String path, boolean api, boolean metrics) {
        Caller caller = Caller.of(key);
        Optional<Scope> needed = metrics && !api ? Optional.of(Scope.INVENTORY_ADMIN)
                : RouteScopes.ruleFor(rc.request().method().name(), path).map(RouteScopes.Rule::scope);
        boolean allowed = needed.map(caller::has).orElse(caller.fullAdmin());
        if (!allowed) {
            refuse(rc, new DomainException(ErrorCode.API_KEY_SCOPE_DENIED, needed
                    .map(s -> "this API key lacks the scope " + s.wireName() + " this route needs")
                    .orElse("this route is open only to full-admin keys")));
            rc.request().resume();
            return;
        }
        rc.put(Caller.CONTEXT_KEY, caller);
        LOG.debugf("request %s: %s", rc.request().getHeader(RequestIds.HEADER), caller);
        rc.next();
    }

    /**
     * A request refused here never reaches the REST layer, which is what names the route template for the HTTP
     * metrics; without it the raw path becomes the {@code uri} tag, so requests to random ids (needing no key)
     * would fill the URI-tag limit and starve every later route of metrics. Name the template of the route
     * table instead, or one fixed label for paths no route serves.
     */
    static void tagRouteTemplate(RoutingContext rc) {
        String path = RouteScopes.canonical(rc.normalizedPath());
        String template = RouteScopes.RULES.stream()
                .filter(r -> r.pattern().matcher(path).matches())
                .map(RouteScopes.Rule::template).findFirst()
                .orElse(RouteScopes.isApiPath(path) ? "/v1/{unmatched}" : "/q/metrics");
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context != null) {
            // The key Quarkus REST itself uses to hand the matched template to the Micrometer HTTP binder.
            context.putLocal(URL_PATH_TEMPLATE, template);
        }
    }

    /** The key of an {@code Authorization: Bearer <key>} header (scheme case-insensitive), if any. */
    static Optional<String> bearer(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String key = h.substring(7).strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private static void refuse(RoutingContext rc, DomainException e) {
        int status = e.errorCode().kind() == ErrorCode.Kind.FORBIDDEN ? 403 : 401;
        if (status == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"number-inventory\"");
        }
        end(rc, status, e.errorCode().code(), e.getMessage());
    }

    private static void end(RoutingContext rc, int status, String code, String detail) {
        if (rc.response().ended()) {
            return;
        }
        tagRouteTemplate(rc);
        rc.response().setStatusCode(status).putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.json(status, code, detail, rc.request().getHeader(RequestIds.HEADER)));
    }
}
