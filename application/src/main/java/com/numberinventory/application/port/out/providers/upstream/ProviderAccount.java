package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.Objects;
import java.util.Optional;

/**
 * What an adapter needs to call one provider account: the unsealed API credential (never logged, never returned)
 * and the base URL to call (the configured one for the kind unless the account overrides it).
 */
public record ProviderAccount(ProviderId providerId, ProviderKind kind, Optional<String> apiKey,
                              Optional<String> baseUrl) {
    public ProviderAccount {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(kind, "kind");
        apiKey = apiKey == null ? Optional.empty() : apiKey;
        baseUrl = baseUrl == null ? Optional.empty() : baseUrl;
    }

    @Override
    public String toString() {
        return "ProviderAccount[" + providerId + ", " + kind + ", apiKey=" + (apiKey.isPresent() ? "***" : "none")
                + ", baseUrl=" + baseUrl.orElse("default") + "]";
    }
}
