package com.numberinventory.domain.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Makes time-ordered UUIDv7 ids (RFC 9562). Ids made by one process are strictly increasing,
 * even within one millisecond, so ordering by id is ordering by creation.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static long counter;

    private UuidV7() {
    }

    public static UUID next(Clock clock) {
        long millis;
        long seq;
        synchronized (UuidV7.class) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) {
                    // 4096 ids in one millisecond: borrow the next millisecond to stay monotonic.
                    millis++;
                    counter = RANDOM.nextInt(0x400);
                }
            } else {
                counter = RANDOM.nextInt(0x400);
            }
            lastMillis = millis;
            seq = counter;
        }
        long msb = (millis << 16) | 0x7000L | seq;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
