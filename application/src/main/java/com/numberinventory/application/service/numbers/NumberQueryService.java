package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.port.in.numbers.NumberQueries;
import com.numberinventory.application.port.in.numbers.StoredEvent;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.numbers.NumberReads;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.concurrent.CompletionStage;

/**
 * Reads numbers, lookups by E.164 and a number's event history. The number views (get, lookup, search) are one
 * statement each and open no transaction.
 */
public record NumberQueryService(PhoneNumbers numbers, NumberReads reads, EventLog events,
                                 Transactions transactions) implements NumberQueries {

    @Override
    public PhoneNumber get(NumberId id) {
        return reads.byId(id).map(NumberDetails::number).orElseThrow(() -> NotFound.number(id));
    }

    @Override
    public NumberDetails details(NumberId id) {
        return reads.byId(id).orElseThrow(() -> NotFound.number(id));
    }

    @Override
    public CompletionStage<NumberDetails> lookup(E164 e164) {
        return reads.byE164(e164).thenApply(found -> found.orElseThrow(
                () -> new DomainException(ErrorCode.NUMBER_NOT_FOUND, "no number " + e164 + " in the inventory")));
    }

    @Override
    public CompletionStage<Page<NumberDetails>> search(NumberFilter filter, PageRequest page) {
        return reads.search(filter, page);
    }

    @Override
    public Page<StoredEvent> events(NumberId id, PageRequest page) {
        return transactions.inTransaction(() -> {
            numbers.findById(id).orElseThrow(() -> NotFound.number(id));
            return events.forNumber(id, page);
        });
    }
}
