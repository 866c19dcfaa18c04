package com.numberinventory.application.support;

import com.numberinventory.application.port.out.apikeys.ApiKeys;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** API keys in memory, looked up by their hash as the database index does. */
public final class InMemoryApiKeys implements ApiKeys {

    private final Map<ApiKeyId, ApiKey> rows = new LinkedHashMap<>();

    public int size() {
        return rows.size();
    }

    @Override
    public void insert(ApiKey key) {
        if (findByHash(key.keyHash()).isPresent()) {
            throw new IllegalStateException("duplicate key hash");
        }
        rows.put(key.id(), key);
    }

    @Override
    public void update(ApiKey key) {
        rows.put(key.id(), key);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<ApiKey> findByIdForUpdate(ApiKeyId id) {
        return findById(id);
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return rows.values().stream().filter(k -> k.keyHash().equals(keyHash)).findFirst();
    }

    @Override
    public Page<ApiKey> list(PageRequest page) {
        throw new UnsupportedOperationException("not needed by the services under test");
    }
}
