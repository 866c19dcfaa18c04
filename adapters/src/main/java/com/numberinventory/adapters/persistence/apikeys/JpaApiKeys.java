package com.numberinventory.adapters.persistence.apikeys;

import com.numberinventory.application.port.out.apikeys.ApiKeys;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API keys stored in PostgreSQL, found by the SHA-256 of the key. */
@ApplicationScoped
public class JpaApiKeys implements ApiKeys, PanacheRepositoryBase<ApiKeyJpaEntity, UUID> {

    @Override
    public void insert(ApiKey key) {
        ApiKeyJpaEntity e = new ApiKeyJpaEntity();
        ApiKeyMapper.copy(key, e);
        persist(e);
    }

    @Override
    public void update(ApiKey key) {
        ApiKeyJpaEntity e = findById(key.id().value());
        ApiKeyMapper.copy(key, e);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return findByIdOptional(id.value()).map(ApiKeyMapper::toDomain);
    }

    @Override
    public Optional<ApiKey> findByIdForUpdate(ApiKeyId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(ApiKeyMapper::toDomain);
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional().map(ApiKeyMapper::toDomain);
    }

    @Override
    public Page<ApiKey> list(PageRequest page) {
        List<ApiKeyJpaEntity> rows = page.after().isPresent()
                ? find("id > ?1", Sort.by("id"), page.after().get()).range(0, page.limit()).list()
                : findAll(Sort.by("id")).range(0, page.limit()).list();
        return Page.of(rows, page.limit(), e -> e.id).map(ApiKeyMapper::toDomain);
    }
}
