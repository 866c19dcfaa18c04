package com.numberinventory.adapters.rest.security;

import com.numberinventory.adapters.rest.support.Problems;
import com.numberinventory.adapters.rest.support.RequestIds;
import com.numberinventory.adapters.rest.support.RestConfig;
import com.numberinventory.domain.apikey.Scope;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fair use. Every {@code /v1} request takes a token from its API key's bucket for the route's class (reads apart
 * from writes: {@code numbers_read}, {@code numbers_write}, {@code admin_read}, {@code admin_write}), and every
 * {@code /webhooks/<provider>/<provider_id>/...} request from that provider's bucket; an empty bucket answers
 * 429 {@code rate_limited} with {@code Retry-After}. Every limited answer carries the IETF
 * {@code RateLimit-Policy} and {@code RateLimit} headers (draft-ietf-httpapi-ratelimit-headers), e.g.
 * {@code RateLimit-Policy: "numbers_read";q=2000;w=1} and {@code RateLimit: "numbers_read";r=1999;t=1}.
 * The buckets live in this instance's memory: limits hold per instance.
 */
@ApplicationScoped
public class RateLimiting {

    private static final Logger LOG = Logger.getLogger(RateLimiting.class);
    /** After authentication (800), which leaves the caller in the routing context. */
    static final int PRIORITY = 790;
    public static final String CODE = "rate_limited";

    /** A route class, as the headers name its policy. */
    enum RouteClass {
        NUMBERS_READ, NUMBERS_WRITE, ADMIN_READ, ADMIN_WRITE, PROVIDER_WEBHOOKS;

        String policyName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    RestConfig config;

    private volatile TokenBuckets buckets;

    void register(@Observes Filters filters) {
        // A quota below 1 or a window of zero fails the start here rather than a request later.
        for (RouteClass c : RouteClass.values()) {
            policy(c, config.rateLimit());
        }
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext rc) {
        RestConfig.RateLimit limits = config.rateLimit();
        if (!limits.enabled()) {
            rc.next();
            return;
        }
        String path = RouteScopes.canonical(rc.normalizedPath());
        Optional<Partition> partition = partition(rc, path);
        if (partition.isEmpty()) {
            rc.next();
            return;
        }
        TokenBuckets.Policy policy = policy(partition.get().routeClass(), limits);
        TokenBuckets.Decision decision = buckets(limits).take(partition.get().id(), policy);
        HttpServerResponse response = rc.response();
        response.putHeader("RateLimit-Policy", "\"" + policy.name() + "\";q=" + policy.quota() + ";w="
                + policy.windowSeconds());
        response.putHeader("RateLimit", "\"" + policy.name() + "\";r=" + decision.remaining() + ";t="
                + decision.resetSeconds());
        if (decision.allowed()) {
            rc.next();
            return;
        }
        LOG.debugf("request %s: rate limited (%s, %s)", rc.request().getHeader(RequestIds.HEADER),
                partition.get().id(), policy.name());
        if (response.ended()) {
            return;
        }
        ApiKeyAuthentication.tagRouteTemplate(rc);
        response.setStatusCode(429)
                .putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.json(429, CODE, "too many requests for this " + (partition.get().routeClass()
                        == RouteClass.PROVIDER_WEBHOOKS ? "provider" : "API key") + " (" + policy.name() + ": "
                        + policy.quota() + " per " + policy.windowSeconds() + " s); retry after "
                        + decision.retryAfterSeconds() + " s", rc.request().getHeader(RequestIds.HEADER)));
        // Let the unread body drain so the connection stays usable.
        rc.request().resume();
    }

    /** Who a request counts against, and in which class; empty for routes that are not limited. */
    record Partition(String id, RouteClass routeClass) {
    }

    static Optional<Partition> partition(RoutingContext rc, String path) {
        if (RouteScopes.isApiPath(path)) {
            Caller caller = rc.get(Caller.CONTEXT_KEY);
            if (caller == null) {
                return Optional.empty();
            }
            RouteClass routeClass = routeClass(rc.request().method().name(), path);
            return Optional.of(new Partition("key:" + caller.principal(), routeClass));
        }
        return providerOf(path).map(p -> new Partition("provider:" + p, RouteClass.PROVIDER_WEBHOOKS));
    }

    /** The class of a /v1 route: by the scope its rule needs, reads (GET, HEAD, OPTIONS) apart from writes. */
    static RouteClass routeClass(String method, String canonicalPath) {
        String m = method.toUpperCase(Locale.ROOT);
        boolean read = m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
        boolean numbers = RouteScopes.ruleFor(m, canonicalPath).map(RouteScopes.Rule::scope)
                .filter(s -> s == Scope.NUMBERS_READ || s == Scope.NUMBERS_WRITE).isPresent();
        if (numbers) {
            return read ? RouteClass.NUMBERS_READ : RouteClass.NUMBERS_WRITE;
        }
        return read ? RouteClass.ADMIN_READ : RouteClass.ADMIN_WRITE;
    }

    /** {@code /webhooks/<kind>/<provider_id>/...} → {@code <kind>/<provider_id>}, lower case. */
    static Optional<String> providerOf(String canonicalPath) {
        String[] segments = canonicalPath.split("/");
        if (segments.length < 4 || !segments[1].equalsIgnoreCase("webhooks")) {
            return Optional.empty();
        }
        return Optional.of((segments[2] + "/" + segments[3]).toLowerCase(Locale.ROOT));
    }

    static TokenBuckets.Policy policy(RouteClass routeClass, RestConfig.RateLimit limits) {
        long quota = switch (routeClass) {
            case NUMBERS_READ -> limits.numbers().read();
            case NUMBERS_WRITE -> limits.numbers().write();
            case ADMIN_READ -> limits.admin().read();
            case ADMIN_WRITE -> limits.admin().write();
            case PROVIDER_WEBHOOKS -> limits.providerWebhooks().perProvider();
        };
        return new TokenBuckets.Policy(routeClass.policyName(), quota, limits.window());
    }

    private TokenBuckets buckets(RestConfig.RateLimit limits) {
        TokenBuckets b = buckets;
        if (b == null) {
            synchronized (this) {
                b = buckets;
                if (b == null) {
                    // A bucket idle for a few windows has refilled: forgetting it changes nothing.
                    Duration idle = limits.window().multipliedBy(4).plusSeconds(1);
                    b = new TokenBuckets(System::nanoTime, limits.maxTracked(), idle);
                    buckets = b;
                }
            }
        }
        return b;
    }
}
