package com.numberinventory.domain.shared;

import java.time.Clock;
import java.util.UUID;

/** Where new ids come from; rules ask for one instead of making it, so tests can predict them. */
@FunctionalInterface
public interface IdSource {

    UUID next();

    static IdSource uuidV7(Clock clock) {
        return () -> UuidV7.next(clock);
    }
}
