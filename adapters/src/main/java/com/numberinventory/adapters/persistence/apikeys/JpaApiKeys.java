package com.numberinventory.adapters.persistence.apikeys;

import com.numberinventory.adapters.persistence.shared.KeysetQuery;
import com.numberinventory.application.port.out.apikeys.ApiKeys;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
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
        rows.persist(ApiKeyMapper.copy(key, new ApiKeyJpaEntity()));
    }

    @Override
    public void update(ApiKey key) {
        ApiKeyMapper.copy(key, rows.findById(key.id().value()));
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
        // Plain SQL, not a query in Hibernate's own language: this runs on every start (the bootstrap admin key),
        // and the first such query would build Hibernate's query parser there, some 100 ms of the start.
        List<ApiKeyJpaEntity> found = rows.getEntityManager()
                .createNativeQuery("SELECT * FROM api_keys WHERE key_hash = ?1", ApiKeyJpaEntity.class)
                .setParameter(1, keyHash)
                .getResultList();
        return found.stream().findFirst().map(ApiKeyMapper::toDomain);
    }

    @Override
    public Page<ApiKey> list(PageRequest page) {
        List<ApiKeyJpaEntity> found = new KeysetQuery().page(rows, page);
        return Page.of(found, page.limit(), e -> e.id).map(ApiKeyMapper::toDomain);
    }
}
