package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/**
 * Ends rentals: the rental closes with its reason and the number goes to quarantine (or back to available). The
 * API and the providers' webhooks release through the same {@link #releaseLocked}.
 */
public record ReleaseNumberService(SeriesCatalog catalog, NumberChanges changes, IdSource ids)
        implements ReleaseNumberUseCase {

    @Override
    public PhoneNumber release(ReleaseNumberCommand command) {
        return changes.apply(command.numberId(), NumberChanges.visibleTo(command.actingFor(),
                (number, now) -> Optional.of(releaseLocked(number, command.reason(), command.holder(), now))));
    }

    /** Releases a number its caller holds locked; the caller saves it with the returned event. */
    public NumberReleased releaseLocked(PhoneNumber number, ReleaseReason reason, Optional<WorkspaceId> holder,
                                        Instant now) {
        return number.release(reason, holder, catalog.seriesOf(number), ids, now);
    }
}
