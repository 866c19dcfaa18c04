package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.provider.ProviderId;

import java.time.Instant;
import java.util.Optional;

/**
 * The API credentials of provider accounts: the key this service calls the provider's number API with (sealed at
 * rest, write-only towards the REST API) and an optional base URL that overrides the kind's configured one.
 */
public interface ProviderAccounts {

    /**
     * What an adapter needs to call an active provider: its kind, the unsealed API key (if set) and the base URL
     * override (if set). Empty when there is no such active provider.
     */
    Optional<ProviderAccount> forProvider(ProviderId providerId);

    /**
     * Stores the API credentials; an absent value leaves the stored one as it is.
     */
    void store(ProviderId providerId, Optional<String> apiKey, Optional<String> baseUrl, Instant now);

    /** Whether an API key is stored (the key itself is never shown). */
    boolean apiKeySet(ProviderId providerId);

    /** The per-provider base URL override, if any. */
    Optional<String> baseUrl(ProviderId providerId);
}
