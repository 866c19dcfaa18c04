package com.numberinventory.adapters.rest.support;

import com.numberinventory.domain.shared.ErrorCode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code UUID} path parameter naming a resource; {@link PathIds} reads it, and anything that is not a UUID
 * (garbage, NUL, an E.164) answers as an unknown id would: 404 with {@link #value()}'s code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface PathId {

    /** The resource's not-found code, e.g. {@code NUMBER_NOT_FOUND}. */
    ErrorCode value();
}
