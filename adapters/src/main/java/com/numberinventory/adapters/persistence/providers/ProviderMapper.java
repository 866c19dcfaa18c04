package com.numberinventory.adapters.persistence.providers;

import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.Locale;

final class ProviderMapper {

    private ProviderMapper() {
    }

    static Provider toDomain(ProviderJpaEntity e) {
        return new Provider(new ProviderId(e.id), e.name, ProviderKind.fromWire(e.kind).orElseThrow(),
                Provider.Status.valueOf(e.status.toUpperCase(Locale.ROOT)), e.createdAt);
    }

    static ProviderJpaEntity copy(Provider p, ProviderJpaEntity e) {
        e.id = p.id().value();
        e.name = p.name();
        e.kind = p.kind().wireName();
        e.status = p.status().name().toLowerCase(Locale.ROOT);
        e.createdAt = p.createdAt();
        return e;
    }
}
