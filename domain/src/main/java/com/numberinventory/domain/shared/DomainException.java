package com.numberinventory.domain.shared;

import java.util.List;
import java.util.Map;

/** A rule said no. Carries the stable code and, for input errors, the fields at fault. */
public class DomainException extends RuntimeException {

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
    }

    private final ErrorCode errorCode;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> extensions;

    public DomainException(ErrorCode errorCode, String message) {
        this(errorCode, message, List.of());
    }

    public DomainException(ErrorCode errorCode, String message, List<FieldError> fieldErrors) {
        this(errorCode, message, fieldErrors, Map.of());
    }

    /**
     * With extension members the answer carries besides {@code code} (e.g. {@code provider_code}: the upstream
     * provider's own error code). Names are snake_case; values are never secrets.
     */
    public DomainException(ErrorCode errorCode, String message, List<FieldError> fieldErrors,
                           Map<String, String> extensions) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.extensions = Map.copyOf(extensions);
    }

    public static DomainException invalidField(String field, String message) {
        return new DomainException(ErrorCode.BAD_REQUEST, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> extensions() {
        return extensions;
    }
}
