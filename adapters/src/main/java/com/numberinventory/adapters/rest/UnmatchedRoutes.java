package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.rest.support.Problems;
import com.numberinventory.adapters.rest.support.RequestIds;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Answers requests no route serves with a problem+json 404 {@code not_found}. */
@ApplicationScoped
public class UnmatchedRoutes {

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(rc -> {
            if (rc.response().ended()) {
                return;
            }
            rc.response().setStatusCode(404).putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .end(Problems.json(404, "not_found", "no such route", rc.request().getHeader(RequestIds.HEADER)));
        });
    }
}
