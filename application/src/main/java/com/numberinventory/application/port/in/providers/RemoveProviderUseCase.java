package com.numberinventory.application.port.in.providers;

import com.numberinventory.domain.provider.ProviderId;

/** Removes a provider that has no active series; it is kept for history. */
public interface RemoveProviderUseCase {

    void remove(ProviderId id);
}
