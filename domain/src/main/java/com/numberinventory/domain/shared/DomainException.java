package com.numberinventory.domain.shared;

import java.util.List;

/** A rule said no. Carries the stable code and, for input errors, the fields at fault. */
public class DomainException extends RuntimeException {

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
    }

    private final ErrorCode errorCode;
    private final List<FieldError> fieldErrors;

    public DomainException(ErrorCode errorCode, String message) {
        this(errorCode, message, List.of());
    }

    public DomainException(ErrorCode errorCode, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.fieldErrors = List.copyOf(fieldErrors);
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
}
