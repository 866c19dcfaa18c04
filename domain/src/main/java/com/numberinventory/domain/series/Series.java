package com.numberinventory.domain.series;

import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.event.SeriesActivated;
import com.numberinventory.domain.event.SeriesDeactivated;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.Names;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A block of numbers from one provider in one country, sold at one monthly price with one capability set.
 */
public final class Series {

    private final SeriesId id;
    private final ProviderId providerId;
    private String name;
    private final CountryCode country;
    private Capabilities capabilities;
    private Money monthlyPrice;
    private final String externalRef;
    private QuarantinePeriod quarantinePeriod;
    private SeriesStatus status;
    private final Instant createdAt;
    private Instant updatedAt;

    public Series(SeriesId id, ProviderId providerId, String name, CountryCode country, Capabilities capabilities,
                  Money monthlyPrice, String externalRef, QuarantinePeriod quarantinePeriod, SeriesStatus status,
                  Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.name = requireName(name);
        this.country = Objects.requireNonNull(country, "country");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.monthlyPrice = monthlyPrice;
        this.externalRef = externalRef;
        this.quarantinePeriod = Objects.requireNonNull(quarantinePeriod, "quarantinePeriod");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new series starts inactive: an operator activates it once it is priced and checked. */
    public static Series create(SeriesId id, ProviderId providerId, String name, CountryCode country,
                                Capabilities capabilities, Money monthlyPrice, String externalRef,
                                QuarantinePeriod quarantinePeriod, Instant now) {
        return new Series(id, providerId, name, country, capabilities, monthlyPrice, normaliseRef(externalRef),
                quarantinePeriod, SeriesStatus.INACTIVE, now, now);
    }

    private static String normaliseRef(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        if (ref.length() > 200) {
            throw DomainException.invalidField("external_ref", "must be at most 200 characters");
        }
        return ref.strip();
    }

    private static String requireName(String name) {
        return Names.require("name", name);
    }

    /** A number may join this series only if it is of the series' country. */
    public void admit(E164 e164) {
        if (!e164.country().equals(country)) {
            throw new DomainException(ErrorCode.SERIES_INVALID,
                    e164.value() + " is a number of " + e164.country() + ", not of the series' country " + country);
        }
    }

    public Optional<DomainEvent> activate(UUID eventId, Instant now) {
        return moveTo(SeriesStatus.ACTIVE, now, () -> new SeriesActivated(eventId, now, id, providerId));
    }

    public Optional<DomainEvent> deactivate(UUID eventId, Instant now) {
        return moveTo(SeriesStatus.INACTIVE, now, () -> new SeriesDeactivated(eventId, now, id, providerId));
    }

    /** Moves to {@code target} with the event that says so; a series already there has nothing to say. */
    private Optional<DomainEvent> moveTo(SeriesStatus target, Instant now, Supplier<DomainEvent> event) {
        if (status == target) {
            return Optional.empty();
        }
        status = target;
        updatedAt = now;
        return Optional.of(event.get());
    }

    public void rename(String newName, Instant now) {
        this.name = requireName(newName);
        this.updatedAt = now;
    }

    public void reprice(Money newPrice, Instant now) {
        this.monthlyPrice = newPrice;
        this.updatedAt = now;
    }

    public void changeCapabilities(Capabilities newCapabilities, Instant now) {
        this.capabilities = Objects.requireNonNull(newCapabilities);
        this.updatedAt = now;
    }

    public void changeQuarantinePeriod(QuarantinePeriod period, Instant now) {
        this.quarantinePeriod = Objects.requireNonNull(period);
        this.updatedAt = now;
    }

    public boolean isActive() {
        return status == SeriesStatus.ACTIVE;
    }

    public SeriesId id() { return id; }
    public ProviderId providerId() { return providerId; }
    public String name() { return name; }
    public CountryCode country() { return country; }
    public Capabilities capabilities() { return capabilities; }
    public Optional<Money> monthlyPrice() { return Optional.ofNullable(monthlyPrice); }
    public Optional<String> externalRef() { return Optional.ofNullable(externalRef); }
    public QuarantinePeriod quarantinePeriod() { return quarantinePeriod; }
    public SeriesStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
