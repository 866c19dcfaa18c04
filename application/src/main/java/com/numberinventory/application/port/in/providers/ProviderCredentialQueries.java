package com.numberinventory.application.port.in.providers;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.List;
import java.util.Optional;

/** What inbound adapters need to know about provider credentials. */
public interface ProviderCredentialQueries {

    boolean credentialsSet(ProviderId providerId);

    /** Whether an API key for the provider's number API is set (the key is never shown). */
    boolean apiCredentialsSet(ProviderId providerId);

    /** The provider's own API base URL, when it overrides the kind's configured one. */
    Optional<String> apiBaseUrl(ProviderId providerId);

    /**
     * The credentials accepted now for an active provider of that kind, newest first; empty when there is no such
     * provider (an unknown provider and a wrong key look the same to the caller).
     */
    Optional<List<byte[]>> acceptedCredentials(ProviderId providerId, ProviderKind kind);
}
