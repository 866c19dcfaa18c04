package com.numberinventory.bootstrap.security;

import com.numberinventory.adapters.rest.security.Caller;
import com.numberinventory.adapters.rest.security.RouteScopes;

import com.numberinventory.application.port.out.shared.CurrentActor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.UUID;

/**
 * The actor of the HTTP request being served: its API key on {@code /v1} (as the REST adapter's authentication
 * left it), the provider on {@code /webhooks/<provider>/<provider_id>/...}; the system when no request is being served
 * (the timers, the start-up work).
 */
@ApplicationScoped
public class RequestActor implements CurrentActor {

    @Inject
    CurrentVertxRequest request;

    /** An actor set by {@link #actingAs} for the current thread (the bulk-job runner). */
    private static final ThreadLocal<Actor> OVERRIDE = new ThreadLocal<>();

    @Override
    public <T> T actingAs(Actor actor, java.util.function.Supplier<T> work) {
        Actor before = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            return work.get();
        } finally {
            if (before == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(before);
            }
        }
    }

    @Override
    public Actor current() {
        Actor override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        ManagedContext context = Arc.container().requestContext();
        if (!context.isActive()) {
            return Actor.SYSTEM;
        }
        RoutingContext rc = request.getCurrent();
        if (rc == null) {
            return Actor.SYSTEM;
        }
        Caller caller = rc.get(Caller.CONTEXT_KEY);
        if (caller != null) {
            return Actor.apiKey(caller.principal());
        }
        String[] segments = RouteScopes.canonical(rc.normalizedPath()).split("/");
        if (segments.length >= 4 && segments[1].toLowerCase(Locale.ROOT).equals("webhooks")) {
            try {
                // Only a delivery that named a real provider (and passed its signature) gets this far.
                return Actor.provider(UUID.fromString(segments[3]).toString());
            } catch (IllegalArgumentException notAnId) {
                return Actor.SYSTEM;
            }
        }
        return Actor.SYSTEM;
    }
}
