package com.numberinventory.adapters.rest.support;

import com.numberinventory.domain.shared.DomainException;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem+json answers with the service's {@code code} and {@code request_id} members. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response of(int status, String code, String detail, String requestId) {
        return of(status, code, detail, requestId, List.of());
    }

    public static Response of(int status, String code, String detail, String requestId,
                              List<DomainException.FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, code, detail, requestId, errors)).build();
    }

    public static Map<String, Object> body(int status, String code, String detail, String requestId,
                                           List<DomainException.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://numbers.example/problems/" + code);
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("request_id", requestId);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message()))
                    .toList());
        }
        return body;
    }

    /** The JSON text of a problem, for answers written straight to Vert.x. */
    public static String json(int status, String code, String detail, String requestId) {
        return "{\"type\":\"https://numbers.example/problems/" + code + "\",\"title\":\"" + title(status)
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"code\":\""
                + code + "\",\"request_id\":\"" + requestId + "\"}";
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
