package com.numberinventory.adapters.rest.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, when it sent a sane one) and echoes it on every
 * response, including those Vert.x answers before the REST layer (413, unknown routes).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:@/+=-]{1,200}$");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                id = newId();
                rc.request().headers().set(HEADER, id);
            }
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, 1000);
    }

    /**
     * A random (version 4) UUID from the thread's own generator: this runs on the event loop, where
     * {@code UUID.randomUUID()} contends on the shared SecureRandom under load. A request id is no secret.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of the current request, as the filter left it in the request headers. */
    public static String of(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        return headers.getHeaderString(HEADER);
    }
}
