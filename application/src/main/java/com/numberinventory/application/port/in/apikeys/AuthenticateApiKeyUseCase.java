package com.numberinventory.application.port.in.apikeys;

import com.numberinventory.domain.apikey.ApiKey;

/**
 * Finds the usable key a caller presented. Fails with {@code api_key.invalid} (missing or unknown),
 * {@code api_key.revoked} or {@code api_key.expired}.
 */
public interface AuthenticateApiKeyUseCase {

    ApiKey authenticate(String presentedKey);
}
