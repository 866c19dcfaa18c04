package com.numberinventory.application.support;

import com.numberinventory.application.port.in.numbers.ProvisionNumberUseCase.ProvisionNumberCommand;
import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase.ReserveNumberCommand;
import com.numberinventory.application.port.in.rentals.RentalFilter;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.application.service.campaigns.CampaignService;
import com.numberinventory.application.service.campaigns.LineMessagingService;
import com.numberinventory.application.service.lifecycle.DueTransitionsService;
import com.numberinventory.application.service.numbers.ChangeNumberStateService;
import com.numberinventory.application.service.numbers.ImportCapacity;
import com.numberinventory.application.service.numbers.ImportNumbersService;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase;
import com.numberinventory.application.service.numbers.NumberChanges;
import com.numberinventory.application.service.numbers.ProvisionNumberService;
import com.numberinventory.application.service.numbers.ReleaseNumberService;
import com.numberinventory.application.service.numbers.ReserveNumberService;
import com.numberinventory.application.service.numbers.TransferNumberService;
import com.numberinventory.application.service.providers.ProviderCommands;
import com.numberinventory.application.service.providers.ProviderNumberService;
import com.numberinventory.application.service.providers.ReceiveProviderDeliveryService;
import com.numberinventory.application.service.rentals.ConvertRentalService;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The application services wired to in-memory out-ports, with a clock the test moves. Shared by the service tests
 * so none of them builds the graph, or calls another test's helpers.
 */
public final class Inventory {

    public static final Instant T0 = Instant.parse("2026-06-27T10:00:00Z");
    public static final WorkspaceId ALICE = new WorkspaceId(UUID.fromString("01900000-0000-7000-8000-0000000000a1"));
    public static final WorkspaceId BOB = new WorkspaceId(UUID.fromString("01900000-0000-7000-8000-0000000000b0"));

    public final MovableClock clock = new MovableClock(T0);
    public final IdSource ids = IdSource.uuidV7(clock);
    public final InMemorySeriesCatalog catalog = new InMemorySeriesCatalog();
    public final InMemoryPhoneNumbers numbers = new InMemoryPhoneNumbers(catalog);
    public final InMemoryProviderDeliveries deliveries = new InMemoryProviderDeliveries();
    public final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    public final InMemoryUpstreamDisconnects disconnects = new InMemoryUpstreamDisconnects();
    public final InMemoryNumberOrders orders = new InMemoryNumberOrders();
    public final InMemoryTransactions transactions = new InMemoryTransactions(numbers, deliveries, disconnects,
            orders);
    /** Order events (number events are in {@link #numbers}). */
    public final List<com.numberinventory.domain.event.DomainEvent> orderEvents = new java.util.ArrayList<>();
    public final com.numberinventory.application.port.out.numbers.EventLog eventLog =
            new com.numberinventory.application.port.out.numbers.EventLog() {
                @Override
                public void append(List<? extends com.numberinventory.domain.event.DomainEvent> events) {
                    orderEvents.addAll(events);
                }

                @Override
                public Page<com.numberinventory.application.port.in.numbers.StoredEvent> forNumber(NumberId id,
                                                                                                  PageRequest page) {
                    throw new UnsupportedOperationException("not needed by the services under test");
                }
            };
    public final com.numberinventory.application.service.orders.OrderSettlement orderSettlement =
            new com.numberinventory.application.service.orders.OrderSettlement(orders, numbers, catalog, eventLog,
                    ids);
    public final ProviderId provider = new ProviderId(UUID.randomUUID());

    public final NumberChanges changes = new NumberChanges(numbers, transactions, clock);
    public final ProvisionNumberService provision =
            new ProvisionNumberService(numbers, catalog, changes, transactions, clock, ids);
    public final ReleaseNumberService release = new ReleaseNumberService(catalog, changes, ids);
    public final ReserveNumberService reserve = new ReserveNumberService(changes, ids);
    public final TransferNumberService transfer = new TransferNumberService(catalog, changes, ids);
    public final ChangeNumberStateService state = new ChangeNumberStateService(changes, ids);
    public final ImportCapacity importCapacity = new ImportCapacity(ImportNumbersUseCase.MAX_NUMBERS_PER_CALL,
            Duration.ofMillis(200));
    public final ImportNumbersService imports =
            new ImportNumbersService(catalog, numbers, transactions, clock, ids, importCapacity);
    public final ConvertRentalService convert = new ConvertRentalService(new LedgerView(), changes, ids);
    public final DueTransitionsService due = new DueTransitionsService(numbers, catalog, transactions, clock, ids, 2);
    public final LineMessagingService lines = new LineMessagingService(numbers, numbers, ids, disconnects);
    public final CampaignService campaignService = new CampaignService(campaigns, ids);
    public final ProviderNumberService providerNumbers = new ProviderNumberService(numbers, catalog, release, ids,
            new QuarantinePeriod(Duration.ofDays(30)));
    /** What a replay reads from a stored delivery's raw body (the webhook translators are the adapters'). */
    public List<ProviderCommand> retranslated = List.of();
    public final ReceiveProviderDeliveryService receive = new ReceiveProviderDeliveryService(deliveries,
            new ProviderCommands(providerNumbers, campaignService, lines, orderSettlement), delivery -> retranslated, transactions,
            clock, ids);

    /** An active Kenyan series at KES 100.00 a month with the given quarantine. */
    public Series sellableSeries(Duration quarantine) {
        Series s = Series.create(new SeriesId(ids.next()), provider, "KE block", new CountryCode("KE"),
                Capabilities.of(Capability.VOICE, Capability.SMS), new Money(10_000, "KES"), null,
                new QuarantinePeriod(quarantine), clock.instant());
        s.activate(ids.next(), clock.instant());
        catalog.insert(s);
        return s;
    }

    /** Adds an available number to the series and returns its id. */
    public NumberId availableNumber(Series series, String e164) {
        PhoneNumber.Added added = PhoneNumber.importInto(series, new NumberId(ids.next()), E164.parse("e164", e164),
                ids, clock.instant());
        numbers.add(List.of(added));
        return added.number().id();
    }

    /** Adds a number to the series, provisions it to the workspace and returns its id. */
    public NumberId assignedNumber(Series series, String e164, WorkspaceId to) {
        NumberId id = availableNumber(series, e164);
        provision.provision(new ProvisionNumberCommand(id, to));
        return id;
    }

    /** Adds a number to the series, reserves it for the workspace and returns its id. */
    public NumberId reservedNumber(Series series, String e164, WorkspaceId by, int ttlSeconds) {
        NumberId id = availableNumber(series, e164);
        reserve.reserve(new ReserveNumberCommand(id, by, ttlSeconds));
        return id;
    }

    /** The rental ledger read back from the in-memory store, as the rentals port reads it. */
    private final class LedgerView implements Rentals {
        @Override
        public Optional<Rental> findById(RentalId id) {
            return Optional.ofNullable(numbers.rentals().get(id));
        }

        @Override
        public Page<Rental> search(RentalFilter filter, PageRequest page) {
            throw new UnsupportedOperationException("not needed by the services under test");
        }
    }

    /** A clock the test moves forward instead of sleeping. */
    public static final class MovableClock extends Clock {
        private Instant now;

        public MovableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
