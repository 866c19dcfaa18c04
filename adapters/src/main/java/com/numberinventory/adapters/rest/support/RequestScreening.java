package com.numberinventory.adapters.rest.support;

import com.numberinventory.domain.shared.DomainException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before any route or filter reads them, the parts of a request no route can understand: a
 * {@code Content-Type} that is not a media type (415, as for a type the route does not take) and a query
 * parameter holding a NUL character (400 naming it; PostgreSQL cannot compare text with a NUL). A POST with
 * no body at all is read as an empty JSON body.
 */
public class RequestScreening {

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Optional<Response> screen(ContainerRequestContext request, HttpServerRequest raw) {
        String requestId = raw.getHeader(RequestIds.HEADER);
        String contentType = raw.getHeader("Content-Type");
        if (contentType == null && "POST".equals(request.getMethod()) && hasNoBody(request)) {
            // A request without a body is an empty JSON body: a route whose body is optional (resume) takes
            // it, and one that needs a body says "body: is required" rather than naming a media type.
            request.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
            return Optional.empty();
        }
        if (contentType != null && !isMediaType(contentType)) {
            return Optional.of(Problems.of(415, "unsupported_media_type", "send application/json", requestId));
        }
        String rawQuery = raw.query();
        if (rawQuery == null || (rawQuery.indexOf('\0') < 0 && !rawQuery.contains("%00"))) {
            // No NUL can come out of decoding this query: spare every request the decoding.
            return Optional.empty();
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            boolean nul = name.indexOf('\0') >= 0 || e.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0);
            if (nul) {
                String field = name.replace('\0', '?');
                String message = "must not contain a NUL character";
                return Optional.of(Problems.of(400, "validation.bad_request", field + " " + message, requestId,
                        List.of(new DomainException.FieldError(field, message))));
            }
        }
        return Optional.empty();
    }

    private static boolean hasNoBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") == null
                && (length == null || length.strip().equals("0"));
    }

    private static boolean isMediaType(String raw) {
        try {
            MediaType type = MediaType.valueOf(raw);
            return !type.getType().isBlank() && !type.getSubtype().isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
