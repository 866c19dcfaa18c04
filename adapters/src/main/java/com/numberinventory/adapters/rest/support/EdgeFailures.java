package com.numberinventory.adapters.rest.support;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Failures raised by Vert.x itself, before or beside the REST layer (a streamed body over the limit, a handler
 * that throws), answered as problem+json like every other refusal, instead of the server's default page.
 */
@ApplicationScoped
public class EdgeFailures {

    private static final Logger LOG = Logger.getLogger(EdgeFailures.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    void answer(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        String requestId = rc.request().getHeader(RequestIds.HEADER);
        int status = rc.statusCode();
        if (status < 400 || status >= 500) {
            LOG.errorf(rc.failure(), "request %s failed", requestId);
            status = 500;
        }
        String code = switch (status) {
            case 413 -> "payload_too_large";
            case 500 -> "internal_error";
            default -> "http." + status;
        };
        String detail = switch (status) {
            case 413 -> "the request body is over 1 MiB";
            case 500 -> "an unexpected error occurred; quote the request id";
            default -> "the request cannot be served";
        };
        if (status == 413) {
            // The rest of the body is not read: the connection cannot carry another request.
            rc.response().putHeader("Connection", "close");
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.json(status, code, detail, requestId));
    }
}
