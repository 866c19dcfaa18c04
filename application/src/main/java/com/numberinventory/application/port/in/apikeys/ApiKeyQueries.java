package com.numberinventory.application.port.in.apikeys;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;

/** Reads API keys (never their plaintext, which is not stored). */
public interface ApiKeyQueries {

    ApiKey get(ApiKeyId id);

    Page<ApiKey> list(PageRequest page);
}
