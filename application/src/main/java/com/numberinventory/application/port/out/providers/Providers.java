package com.numberinventory.application.port.out.providers;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Optional;

/** Stored provider accounts. */
public interface Providers {

    void insert(Provider provider);

    void update(Provider provider);

    /** Active providers only; removed ones are history. */
    Optional<Provider> findActive(ProviderId id);

    /** An active provider, its row locked until the transaction ends: concurrent removals queue. */
    Optional<Provider> findActiveForUpdate(ProviderId id);

    Page<Provider> listActive(PageRequest page);
}
