package com.numberinventory.adapters.rest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.numberinventory.domain.shared.DomainException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into problem+json with a stable code; never a stack trace or SQL. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers) {
        int status = switch (e.errorCode().kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case BAD_GATEWAY -> 502;
            case UNAVAILABLE -> 503;
            case GATEWAY_TIMEOUT -> 504;
        };
        if (status >= 500) {
            // An upstream provider's failure: one line, no stack trace (the adapter already said which call).
            LOG.warnf("request %s: %s: %s", RequestIds.of(headers), e.errorCode().code(), e.getMessage());
        }
        Response problem = Problems.of(status, e.errorCode().code(), e.getMessage(), RequestIds.of(headers),
                e.fieldErrors(), e.extensions());
        return status == 503 ? Response.fromResponse(problem).header("Retry-After", "30").build() : problem;
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message;
        if (e instanceof StrictJson.NulCharacter nul) {
            String inner = nul.field();
            if (!inner.isEmpty()) {
                field = "body".equals(field) ? inner : field + (inner.startsWith("[") ? "" : ".") + inner;
            }
            message = "must not contain a NUL character";
        } else if (duplicateKey(e) != null) {
            String key = duplicateKey(e);
            field = "body".equals(field) ? key : field + "." + key;
            message = "is repeated; send each member once";
        } else if (e instanceof com.fasterxml.jackson.core.JsonParseException
                || e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            message = "is not well-formed JSON";
        } else {
            message = "has the wrong type or shape";
        }
        return Problems.of(400, "validation.bad_request", field + " " + message, RequestIds.of(headers),
                List.of(new DomainException.FieldError(field, message)));
    }

    /** The repeated member's name when Jackson's duplicate detection refused the body, else null. */
    private static String duplicateKey(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field '")) {
            return null;
        }
        int end = message.indexOf('\'', "Duplicate field '".length());
        return end < 0 ? null : message.substring("Duplicate field '".length(), end);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpHeaders headers) {
        return json(e, headers);
    }

    @ServerExceptionMapper
    public Response jsonParse(com.fasterxml.jackson.core.JsonParseException e, HttpHeaders headers) {
        return json(e, headers);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        if (e.getCause() instanceof DomainException unknownId) {
            return domain(unknownId, headers);
        }
        return Problems.of(404, "not_found", "no such route", RequestIds.of(headers));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers) {
        Response problem = Problems.of(405, "method_not_allowed", "this route does not take that method",
                RequestIds.of(headers));
        Object allow = e.getResponse().getHeaders().getFirst("Allow");
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, HttpHeaders headers) {
        return Problems.of(415, "unsupported_media_type", "send application/json", RequestIds.of(headers));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers) {
        return Problems.of(406, "not_acceptable", "this route answers application/json", RequestIds.of(headers));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 400) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException jpe) {
                return json(jpe, headers);
            }
            return Problems.of(400, "validation.bad_request", "the request is malformed", RequestIds.of(headers));
        }
        if (status == 413) {
            return Problems.of(413, "payload_too_large", "the request body is over 1 MiB", RequestIds.of(headers));
        }
        if (status >= 500) {
            return unexpected(e, headers);
        }
        return Problems.of(status, "http." + status, e.getMessage(), RequestIds.of(headers));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        String requestId = RequestIds.of(headers);
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("request %s: database unavailable: %s", requestId, e.toString());
            return Response.fromResponse(Problems.of(503, "service_unavailable",
                    "the inventory database is unavailable; retry shortly", requestId))
                    .header("Retry-After", "5").build();
        }
        LOG.errorf(e, "request %s failed", requestId);
        return Problems.of(500, "internal_error", "an unexpected error occurred; quote the request id",
                requestId);
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P0x: the server is shutting down or crashed; 53300: too many
                // connections. All pass; the caller should retry.
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")) {
                    return true;
                }
            }
            if (t.getClass().getName().startsWith("io.agroal") && String.valueOf(t.getMessage()).contains("cquisition")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
