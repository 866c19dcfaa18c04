package com.numberinventory.application.port.out.apikeys;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;

import java.util.Optional;

/** Stored API keys (their hashes, never the keys). */
public interface ApiKeys {

    void insert(ApiKey key);

    void update(ApiKey key);

    Optional<ApiKey> findById(ApiKeyId id);

    /** The key, its row locked until the transaction ends: concurrent revocations queue behind each other. */
    Optional<ApiKey> findByIdForUpdate(ApiKeyId id);

    /** The key whose SHA-256 (hex) is this: an exact index lookup, no comparison loop. */
    Optional<ApiKey> findByHash(String keyHash);

    Page<ApiKey> list(PageRequest page);
}
