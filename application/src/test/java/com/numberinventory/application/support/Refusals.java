package com.numberinventory.application.support;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Assertions on the rules' refusals: a {@link DomainException} with its stable code. */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts that the call is refused with {@code expected}, and returns the refusal for further checks. */
    public static DomainException assertRefused(ErrorCode expected, Executable call) {
        DomainException refusal = assertThrows(DomainException.class, call);
        assertEquals(expected, refusal.errorCode());
        return refusal;
    }
}
