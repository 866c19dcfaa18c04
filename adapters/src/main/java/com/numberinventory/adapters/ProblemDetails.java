package com.numberinventory.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one writer of RFC 9457 problem+json answers, shared by the REST API, the provider webhook routes and the
 * Vert.x filters that answer before either. It sits above the adapter packages so that those stay independent
 * of each other. The text is always written by Jackson, so a detail that echoes caller input (quotes, NUL,
 * control characters) is escaped, and every route answers a problem with the same bytes for the same facts.
 */
public final class ProblemDetails {

    public static final String MEDIA_TYPE = "application/problem+json";

    // A private plain mapper: the members are named here, not by the application's naming strategy.
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemDetails() {
    }

    /** One entry of a problem's {@code errors}: which field, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /** The problem as a JAX-RS answer; its entity is the finished JSON text, stored as is for idempotent replays. */
    public static Response response(int status, String code, String detail, String requestId,
                                    List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, code, detail, requestId, errors)).build();
    }

    public static Response response(int status, String code, String detail, String requestId) {
        return response(status, code, detail, requestId, List.of());
    }

    public static String json(int status, String code, String detail, String requestId) {
        return json(status, code, detail, requestId, List.of());
    }

    public static String json(int status, String code, String detail, String requestId,
                              List<FieldError> errors) {
        return json(status, code, detail, requestId, errors, Map.of());
    }

    /** With extension members after {@code request_id} (e.g. {@code provider_code}); they never replace a standard one. */
    public static Response response(int status, String code, String detail, String requestId,
                                    List<FieldError> errors, Map<String, String> extensions) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(json(status, code, detail, requestId, errors, extensions)).build();
    }

    public static String json(int status, String code, String detail, String requestId,
                              List<FieldError> errors, Map<String, String> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://numbers.example/problems/" + code);
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("request_id", requestId);
        if (extensions != null) {
            new java.util.TreeMap<>(extensions).forEach(body::putIfAbsent);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors.stream().map(e -> {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("field", e.field());
                error.put("message", e.message());
                return error;
            }).toList());
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // Strings, numbers and lists of strings always serialise; this would be a bug in this class.
            throw new IllegalStateException("cannot write a problem body", e);
        }
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 431 -> "Request Header Fields Too Large";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
