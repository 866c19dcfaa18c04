package com.numberinventory.adapters.upstream;

import com.numberinventory.adapters.upstream.sautikit.SautikitNumberApi;
import com.numberinventory.adapters.upstream.telnyx.TelnyxNumberApi;
import com.numberinventory.adapters.upstream.zipwhip.ZipwhipNumberApi;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The provider number API adapter of each kind; a kind without one would be a wiring bug, found at start. */
@ApplicationScoped
public class ProviderNumberApis implements ProviderNumberApi.Registry {

    private final Map<ProviderKind, ProviderNumberApi> byKind = new EnumMap<>(ProviderKind.class);

    @Inject
    public ProviderNumberApis(SautikitNumberApi sautikit, TelnyxNumberApi telnyx, ZipwhipNumberApi zipwhip) {
        this(List.of(sautikit, telnyx, zipwhip));
    }

    public ProviderNumberApis(List<ProviderNumberApi> apis) {
        apis.forEach(a -> byKind.put(a.kind(), a));
        for (ProviderKind kind : ProviderKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalStateException("no number API adapter for provider kind " + kind);
            }
        }
    }

    @Override
    public ProviderNumberApi forKind(ProviderKind kind) {
        return byKind.get(kind);
    }
}
