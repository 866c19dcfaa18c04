package com.numberinventory.domain.job;

import java.util.Locale;
import java.util.Optional;

/** What a bulk job does to each of its numbers: the single-number command of the same name. */
public enum JobAction {
    RELEASE, RETIRE, RESERVE, SUSPEND, RESUME, IMPORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JobAction> fromWire(String raw) {
        for (JobAction a : values()) {
            if (a.wireName().equals(raw)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
