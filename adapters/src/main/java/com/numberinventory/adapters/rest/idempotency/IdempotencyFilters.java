package com.numberinventory.adapters.rest.idempotency;

import com.numberinventory.application.port.in.idempotency.StoredResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.adapters.rest.security.CurrentCaller;
import com.numberinventory.application.port.in.idempotency.IdempotentRequestsUseCase;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on every POST under /v1: the first request with a key runs and its answer is stored;
 * a retry with the same key and body gets that answer again with {@code Idempotent-Replayed: true}; the same key
 * with another body is 422 {@code idempotency.conflict}; while the first still runs, 409
 * {@code idempotency.in_flight}. Keys are scoped to the calling API key.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String KEY_PROPERTY = "numbers.idempotency.key";
    private static final String SCOPE_PROPERTY = "numbers.idempotency.scope";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    @Inject
    IdempotentRequestsUseCase idempotency;
    @Inject
    ObjectMapper mapper;
    @Inject
    CurrentCaller callers;

    @ServerRequestFilter(priority = 5000)
    public Optional<Response> begin(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        String path = request.getUriInfo().getPath();
        if (key == null || !"POST".equals(request.getMethod()) || !path.startsWith("/v1/")) {
            return Optional.empty();
        }
        byte[] body = readBody(request);
        // Keys are scoped to the API key that sent them: two callers never see each other's answers.
        String scope = callers.get().principal();
        String fingerprint = fingerprint(request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), body);
        IdempotentRequestsUseCase.Decision decision = idempotency.begin(scope, key, fingerprint);
        if (decision instanceof IdempotentRequestsUseCase.Replay replay) {
            StoredResponse stored = replay.response();
            return Optional.of(Response.status(stored.status())
                    .type(stored.contentType() == null ? MediaType.APPLICATION_JSON : stored.contentType())
                    .entity(stored.body() == null ? "" : stored.body())
                    .header(REPLAYED_HEADER, "true")
                    .build());
        }
        request.setProperty(KEY_PROPERTY, key);
        request.setProperty(SCOPE_PROPERTY, scope);
        return Optional.empty();
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY_PROPERTY);
        if (key == null) {
            return;
        }
        String scope = (String) request.getProperty(SCOPE_PROPERTY);
        try {
            if (response.getStatus() >= 500) {
                // An unexpected failure changed nothing (its transaction rolled back): let a retry run again.
                idempotency.abandon(scope, key.toString());
                return;
            }
            String body = response.hasEntity() ? serialise(response.getEntity()) : null;
            MediaType type = response.getMediaType();
            idempotency.complete(scope, key.toString(), new StoredResponse(response.getStatus(),
                    type == null ? null : type.toString(), body));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not record the answer to Idempotency-Key %s", key);
        }
    }

    private String serialise(Object entity) {
        if (entity instanceof String s) {
            return s;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer", e);
        }
    }

    private static byte[] readBody(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fingerprint(String path, String query, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("POST " + path + (query == null ? "" : "?" + query) + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
