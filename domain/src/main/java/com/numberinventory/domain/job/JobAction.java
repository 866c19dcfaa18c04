package com.numberinventory.domain.job;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** What a bulk job does to each of its numbers: the single-number command of the same name. */
public enum JobAction implements WireNamed {
    RELEASE, RETIRE, RESERVE, SUSPEND, RESUME, IMPORT;

    public static Optional<JobAction> fromWire(String raw) {
        return WireNamed.fromWire(JobAction.class, raw);
    }
}
