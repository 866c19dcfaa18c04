package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.List;
import java.util.Map;

/**
 * The provider answered and refused the whole call, with its own error code (e.g. {@code wallet.insufficient_funds}).
 * A {@link DomainException} with {@code provider.rejected} (502), so the API answers it with the provider's code in
 * the {@code provider_code} member without the REST edge knowing this port.
 */
public class ProviderRejectedException extends DomainException {

    private final String providerCode;

    public ProviderRejectedException(String providerCode, String message) {
        super(ErrorCode.PROVIDER_REJECTED, message, List.of(),
                providerCode == null ? Map.of() : Map.of("provider_code", providerCode));
        this.providerCode = providerCode;
    }

    public String providerCode() {
        return providerCode;
    }
}
