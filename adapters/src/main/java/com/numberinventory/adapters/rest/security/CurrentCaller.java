package com.numberinventory.adapters.rest.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The caller of the request being served, as {@link ApiKeyAuthentication} left it. Inject this in resources. */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    CurrentVertxRequest request;

    /** The authenticated caller; every /v1 request has one (the filter refuses the others). */
    public Caller get() {
        RoutingContext rc = request.getCurrent();
        Caller caller = rc == null ? null : rc.get(Caller.CONTEXT_KEY);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }
}
