package com.numberinventory.application.port.out.providers.upstream;

/** The provider answered and refused the whole call, with its own error code (e.g. {@code wallet.insufficient_funds}). */
public class ProviderRejectedException extends RuntimeException {

    private final String providerCode;

    public ProviderRejectedException(String providerCode, String message) {
        super(message, null, false, false);
        this.providerCode = providerCode;
    }

    public String providerCode() {
        return providerCode;
    }
}
