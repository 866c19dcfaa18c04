package com.numberinventory.adapters.persistence.apikeys;

import com.numberinventory.application.port.out.apikeys.ApiKeys;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/** API keys stored in PostgreSQL, found by the SHA-256 of the key. */
@ApplicationScoped
public class JpaApiKeys implements ApiKeys {

    @Inject
    ApiKeyRows rows;

    @Override
    public void insert(ApiKey key) {
        ApiKeyJpaEntity e = new ApiKeyJpaEntity();
        ApiKeyMapper.copy(key, e);
        rows.persist(e);
    }

    @Override
    public void update(ApiKey key) {
        ApiKeyJpaEntity e = rows.findById(key.id().value());
        ApiKeyMapper.copy(key, e);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return rows.findByIdOptional(id.value()).map(ApiKeyMapper::toDomain);
    }

    @Override
    public Optional<ApiKey> findByIdForUpdate(ApiKeyId id) {
        return rows.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(ApiKeyMapper::toDomain);
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return rows.find("keyHash", keyHash).firstResultOptional().map(ApiKeyMapper::toDomain);
    }

    @Override
    public Page<ApiKey> list(PageRequest page) {
        List<ApiKeyJpaEntity> found = page.after().isPresent()
                ? rows.find("id > ?1", Sort.by("id"), page.after().get()).range(0, page.limit()).list()
                : rows.findAll(Sort.by("id")).range(0, page.limit()).list();
        return Page.of(found, page.limit(), e -> e.id).map(ApiKeyMapper::toDomain);
    }
}
