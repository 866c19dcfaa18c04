package com.numberinventory.application.port.in.providers;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;

/** Reads providers. */
public interface ProviderQueries {

    Provider get(ProviderId id);

    Page<Provider> list(PageRequest page);
}
