package com.numberinventory.application.support;

import com.numberinventory.application.port.out.apikeys.ApiKeys;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;

import java.util.Optional;

/** API keys in memory, looked up by their hash as the database index does. */
public final class InMemoryApiKeys extends InMemoryRows<ApiKeyId, ApiKey> implements ApiKeys {

    @Override
    public void insert(ApiKey key) {
        if (findByHash(key.keyHash()).isPresent()) {
            throw new IllegalStateException("duplicate key hash");
        }
        put(key.id(), key);
    }

    @Override
    public void update(ApiKey key) {
        put(key.id(), key);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return row(id);
    }

    @Override
    public Optional<ApiKey> findByIdForUpdate(ApiKeyId id) {
        return findById(id);
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return first(k -> k.keyHash().equals(keyHash));
    }

    @Override
    public Page<ApiKey> list(PageRequest page) {
        throw new UnsupportedOperationException("not needed by the services under test");
    }
}
