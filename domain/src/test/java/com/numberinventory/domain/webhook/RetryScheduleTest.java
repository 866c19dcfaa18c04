package com.numberinventory.domain.webhook;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(RetrySchedule.DEFAULT_DELAYS, 0.2);

    @Test
    void the_nth_failure_waits_the_nth_delay_within_the_jitter() {
        assertEquals(Duration.ofSeconds(5), schedule.nextDelay(1, Optional.empty(), 0.5).orElseThrow());
        assertEquals(Duration.ofSeconds(4), schedule.nextDelay(1, Optional.empty(), 0.0).orElseThrow());
        assertEquals(Duration.ofMinutes(2), schedule.nextDelay(3, Optional.empty(), 0.5).orElseThrow());
        Duration high = schedule.nextDelay(9, Optional.empty(), 0.999).orElseThrow();
        assertTrue(high.compareTo(Duration.ofHours(24)) > 0 && high.compareTo(Duration.ofHours(29)) < 0);
    }

    @Test
    void after_the_last_delay_there_is_no_next_attempt() {
        assertEquals(10, schedule.maxAttempts());
        assertTrue(schedule.nextDelay(9, Optional.empty(), 0.5).isPresent());
        assertTrue(schedule.nextDelay(10, Optional.empty(), 0.5).isEmpty());
    }

    @Test
    void retry_after_replaces_the_scheduled_delay_but_is_capped() {
        assertEquals(Duration.ofSeconds(90), schedule.nextDelay(1, Optional.of(Duration.ofSeconds(90)), 0.5).orElseThrow());
        assertEquals(RetrySchedule.MAX_RETRY_AFTER,
                schedule.nextDelay(1, Optional.of(Duration.ofDays(30)), 0.5).orElseThrow());
    }

    @Test
    void the_retired_number_assigned_kind_and_unknown_kinds_are_refused() {
        DomainException assigned = assertThrows(DomainException.class,
                () -> EventCatalogue.filter(List.of("number.provisioned", "number.assigned")));
        assertEquals(ErrorCode.EVENT_UNSUPPORTED, assigned.errorCode());
        assertEquals(ErrorCode.EVENT_UNSUPPORTED,
                assertThrows(DomainException.class, () -> EventCatalogue.filter(List.of("number.nope"))).errorCode());
        assertEquals(List.of("*"), EventCatalogue.filter(List.of("number.released", "*")));
        assertEquals(List.of("number.provisioned", "number.released"),
                EventCatalogue.filter(List.of("number.released", "number.provisioned", "number.released")));
    }
}
