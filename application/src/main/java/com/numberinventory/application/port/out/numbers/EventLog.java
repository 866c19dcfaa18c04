package com.numberinventory.application.port.out.numbers;

import com.numberinventory.application.port.in.numbers.StoredEvent;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.number.NumberId;

import java.util.List;

/** The domain event log, written in the transaction of the change it records. */
public interface EventLog {

    void append(List<? extends DomainEvent> events);

    default void append(DomainEvent event) {
        append(List.of(event));
    }

    /** A number's events, oldest first, as stored envelopes. */
    Page<StoredEvent> forNumber(NumberId id, PageRequest page);
}
