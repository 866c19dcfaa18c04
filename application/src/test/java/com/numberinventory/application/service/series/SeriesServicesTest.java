package com.numberinventory.application.service.series;

import com.numberinventory.application.port.in.numbers.StoredEvent;
import com.numberinventory.application.port.in.series.CreateSeriesUseCase.CreateSeriesCommand;
import com.numberinventory.application.port.in.series.UpdateSeriesUseCase.UpdateSeriesCommand;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.application.shared.Patch;
import com.numberinventory.application.support.InMemorySeriesCatalog;
import com.numberinventory.application.support.InMemoryTransactions;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.series.SeriesStatus;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.numberinventory.application.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesServicesTest {

    private static final QuarantinePeriod DEFAULT_QUARANTINE = new QuarantinePeriod(Duration.ofDays(90));

    private final Inventory.MovableClock clock = new Inventory.MovableClock(Inventory.T0);
    private final IdSource ids = IdSource.uuidV7(clock);
    private final InMemorySeriesCatalog catalog = new InMemorySeriesCatalog();
    private final InMemoryTransactions tx = new InMemoryTransactions();
    private final Provider provider = new Provider(new ProviderId(UUID.randomUUID()), "Sautikit KE",
            ProviderKind.SAUTIKIT, Provider.Status.ACTIVE, Inventory.T0);
    private final List<DomainEvent> appended = new ArrayList<>();

    private final Providers providers = new Providers() {
        @Override
        public void insert(Provider p) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(Provider p) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Provider> findActive(ProviderId id) {
            return id.equals(provider.id()) ? Optional.of(provider) : Optional.empty();
        }

        @Override
        public Optional<Provider> findActiveForUpdate(ProviderId id) {
            return findActive(id);
        }

        @Override
        public Page<Provider> listActive(PageRequest page) {
            throw new UnsupportedOperationException();
        }
    };

    private final EventLog events = new EventLog() {
        @Override
        public void append(List<? extends DomainEvent> list) {
            appended.addAll(list);
        }

        @Override
        public Page<StoredEvent> forNumber(NumberId id, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    };

    private final CreateSeriesService create =
            new CreateSeriesService(catalog, providers, tx, clock, ids, DEFAULT_QUARANTINE);
    private final ChangeSeriesService change = new ChangeSeriesService(catalog, events, tx, clock, ids);

    private CreateSeriesCommand command(ProviderId providerId, Optional<String> externalRef) {
        return new CreateSeriesCommand(providerId, "Nairobi mobile", new CountryCode("KE"),
                Capabilities.of(Capability.VOICE, Capability.SMS), Optional.of(new Money(10_000, "KES")),
                externalRef, Optional.empty());
    }

    @Test
    void a_new_series_starts_inactive_with_the_default_quarantine() {
        Series series = create.create(command(provider.id(), Optional.of("blk-1")));

        assertEquals(SeriesStatus.INACTIVE, series.status());
        assertEquals(DEFAULT_QUARANTINE, series.quarantinePeriod());
        assertEquals(Optional.of(series.id()), catalog.findById(series.id()).map(Series::id));
    }

    @Test
    void an_unknown_provider_is_refused_on_provider_id() {
        DomainException e = assertThrows(DomainException.class,
                () -> create.create(command(new ProviderId(UUID.randomUUID()), Optional.empty())));

        assertEquals(ErrorCode.PROVIDER_NOT_FOUND, e.errorCode());
        assertEquals("provider_id", e.fieldErrors().get(0).field());
        assertEquals(0, catalog.size());
    }

    @Test
    void a_second_series_with_the_same_external_ref_is_refused() {
        create.create(command(provider.id(), Optional.of("blk-1")));

        DomainException e = assertThrows(DomainException.class,
                () -> create.create(command(provider.id(), Optional.of("blk-1"))));

        assertEquals(ErrorCode.SERIES_EXISTS, e.errorCode());
        assertEquals(1, catalog.size());
    }

    @Test
    void activation_records_one_event_and_a_repeat_records_none() {
        SeriesId id = create.create(command(provider.id(), Optional.empty())).id();

        assertTrue(change.activate(id).isActive());
        assertTrue(change.activate(id).isActive());
        assertEquals(List.of("series.activated"), appended.stream().map(DomainEvent::kind).toList());

        assertFalse(change.deactivate(id).isActive());
        assertEquals(List.of("series.activated", "series.deactivated"),
                appended.stream().map(DomainEvent::kind).toList());
    }

    @Test
    void update_changes_only_the_fields_it_sets() {
        Series original = create.create(command(provider.id(), Optional.empty()));
        clock.advance(Duration.ofMinutes(3));

        Series updated = change.update(new UpdateSeriesCommand(original.id(), Patch.set("Mombasa mobile"),
                Patch.unchanged(), Patch.unchanged(), Patch.set(new QuarantinePeriod(Duration.ofDays(7)))));

        assertEquals("Mombasa mobile", updated.name());
        assertEquals(Optional.of(new Money(10_000, "KES")), updated.monthlyPrice());
        assertEquals(new QuarantinePeriod(Duration.ofDays(7)), updated.quarantinePeriod());
        assertEquals(clock.instant(), updated.updatedAt());
        assertTrue(appended.isEmpty(), "an update is not a status change");
    }

    @Test
    void clearing_the_capabilities_is_refused() {
        Series original = create.create(command(provider.id(), Optional.empty()));

        DomainException e = assertThrows(DomainException.class, () -> change.update(new UpdateSeriesCommand(
                original.id(), Patch.unchanged(), Patch.unchanged(), Patch.set(null), Patch.unchanged())));

        assertEquals(ErrorCode.BAD_REQUEST, e.errorCode());
    }

    @Test
    void unknown_series_are_not_found() {
        SeriesId unknown = new SeriesId(UUID.randomUUID());
        assertRefused(ErrorCode.SERIES_NOT_FOUND, () -> change.activate(unknown));
        assertRefused(ErrorCode.SERIES_NOT_FOUND, () -> change.deactivate(unknown));
    }
}
