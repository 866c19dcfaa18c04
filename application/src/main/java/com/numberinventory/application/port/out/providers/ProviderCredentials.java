package com.numberinventory.application.port.out.providers;

import com.numberinventory.domain.provider.ProviderId;

import java.time.Instant;
import java.util.List;

/**
 * Stored webhook credentials of providers. Write-only towards the API: the adapter behind this port is the one
 * place that sees the secret bytes at rest (and the place to encrypt them).
 */
public interface ProviderCredentials {

    /** Stores a new credential; the ones already stored stay accepted until {@code previousValidUntil}. */
    void rotate(ProviderId providerId, byte[] secret, Instant now, Instant previousValidUntil);

    /** The credentials accepted at {@code now}, newest first. */
    List<byte[]> accepted(ProviderId providerId, Instant now);

    boolean anySet(ProviderId providerId);
}
