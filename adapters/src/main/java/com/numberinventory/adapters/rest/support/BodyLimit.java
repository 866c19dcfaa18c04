package com.numberinventory.adapters.rest.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses bodies over 1 MiB with a problem+json 413 when the size is announced; bodies streamed without a
 * length are cut by {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class BodyLimit {

    public static final long MAX_BYTES = 1024 * 1024;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null) {
                long bytes;
                try {
                    bytes = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    bytes = -1;
                }
                if (bytes > MAX_BYTES) {
                    String id = rc.request().getHeader(RequestIds.HEADER);
                    rc.response().setStatusCode(413).putHeader("Content-Type", Problems.MEDIA_TYPE)
                            .putHeader("Connection", "close")
                            .end(Problems.json(413, "payload_too_large", "the request body is over 1 MiB", id));
                    return;
                }
            }
            rc.next();
        }, 900);
    }
}
