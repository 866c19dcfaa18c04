package com.numberinventory.bootstrap.lifecycle;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A timer's on/off switch, one boolean property: while it is false every run of the timer is skipped. A subclass
 * names its property and default, and is the timer's {@code skipExecutionIf}.
 */
public abstract class TimerSwitch implements Scheduled.SkipPredicate {

    private final String property;
    private final boolean byDefault;

    protected TimerSwitch(String property, boolean byDefault) {
        this.property = property;
        this.byDefault = byDefault;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !ConfigProvider.getConfig().getOptionalValue(property, Boolean.class).orElse(byDefault);
    }
}
