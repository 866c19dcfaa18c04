package com.numberinventory.domain.webhook;

import com.numberinventory.domain.event.NumberActivated;
import com.numberinventory.domain.event.NumberAdded;
import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.event.NumberQuarantineEnded;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.event.NumberReservationEnded;
import com.numberinventory.domain.event.NumberReserved;
import com.numberinventory.domain.event.NumberRetired;
import com.numberinventory.domain.event.NumberRoutingChanged;
import com.numberinventory.domain.event.SeriesActivated;
import com.numberinventory.domain.event.SeriesDeactivated;
import com.numberinventory.domain.event.TrialConverted;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind the domain emits can be subscribed to; the retired name cannot. */
class EventCatalogueCompletenessTest {

    @Test
    void every_emitted_kind_is_in_the_catalogue() {
        for (String kind : List.of(NumberAdded.KIND, NumberProvisioned.KIND, NumberReleased.KIND, NumberRetired.KIND,
                NumberReserved.KIND, NumberReservationEnded.EXPIRED, NumberReservationEnded.CANCELLED,
                NumberQuarantineEnded.KIND, NumberRoutingChanged.SUSPENDED, NumberRoutingChanged.RESUMED,
                NumberActivated.KIND, TrialConverted.KIND, com.numberinventory.domain.event.NumberTransferred.KIND,
                SeriesActivated.KIND, SeriesDeactivated.KIND)) {
            assertTrue(EventCatalogue.isKnown(kind), kind);
        }
        assertFalse(EventCatalogue.isKnown("number.assigned"));
    }
}
