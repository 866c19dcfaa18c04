package com.numberinventory.application.port.in.apikeys;

import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;

/** Revokes an API key for good; a second revoke is refused. */
public interface RevokeApiKeyUseCase {

    ApiKey revoke(ApiKeyId id);
}
