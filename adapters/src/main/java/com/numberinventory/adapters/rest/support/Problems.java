package com.numberinventory.adapters.rest.support;

import com.numberinventory.adapters.ProblemDetails;
import com.numberinventory.domain.shared.DomainException;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Problem+json answers of the REST API, written by the one {@link ProblemDetails} writer. */
public final class Problems {

    public static final String MEDIA_TYPE = ProblemDetails.MEDIA_TYPE;

    private Problems() {
    }

    public static Response of(int status, String code, String detail, String requestId) {
        return ProblemDetails.response(status, code, detail, requestId);
    }

    public static Response of(int status, String code, String detail, String requestId,
                              List<DomainException.FieldError> errors) {
        return ProblemDetails.response(status, code, detail, requestId, errors.stream()
                .map(e -> new ProblemDetails.FieldError(e.field(), e.message())).toList());
    }

    public static Response of(int status, String code, String detail, String requestId,
                              List<DomainException.FieldError> errors, java.util.Map<String, String> extensions) {
        return ProblemDetails.response(status, code, detail, requestId, errors.stream()
                .map(e -> new ProblemDetails.FieldError(e.field(), e.message())).toList(), extensions);
    }

    /** The JSON text of a problem, for answers written straight to Vert.x. */
    public static String json(int status, String code, String detail, String requestId) {
        return ProblemDetails.json(status, code, detail, requestId);
    }
}
