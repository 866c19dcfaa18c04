package com.numberinventory.adapters.persistence.providers;

import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.shared.SecretSealer;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Provider API credentials in {@code provider_api_credentials}: the key is sealed by {@link SecretSealer} on the
 * way in and opened only in {@link #forProvider}, towards the outbound adapters.
 */
@ApplicationScoped
public class JpaProviderAccounts implements ProviderAccounts {

    private final SecretSealer sealer;

    @Inject
    public JpaProviderAccounts(SecretSealer sealer) {
        this.sealer = sealer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ProviderAccount> forProvider(ProviderId providerId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT p.kind, c.api_key, c.base_url FROM providers p "
                                + "LEFT JOIN provider_api_credentials c ON c.provider_id = p.id "
                                + "WHERE p.id = ?1 AND p.status = 'active'")
                .setParameter(1, providerId.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        ProviderKind kind = ProviderKind.fromWire((String) row[0])
                .orElseThrow(() -> new IllegalStateException("unknown provider kind in the database"));
        return Optional.of(new ProviderAccount(providerId, kind,
                Optional.ofNullable((String) row[1]).map(sealer::open), Optional.ofNullable((String) row[2])));
    }

    @Override
    public void store(ProviderId providerId, Optional<String> apiKey, Optional<String> baseUrl, Instant now) {
        // One statement per present value: no null is ever bound (Hibernate would type it as bytea).
        var em = Panache.getEntityManager();
        em.createNativeQuery("INSERT INTO provider_api_credentials (provider_id, updated_at) VALUES (?1, ?2) "
                        + "ON CONFLICT (provider_id) DO UPDATE SET updated_at = EXCLUDED.updated_at")
                .setParameter(1, providerId.value()).setParameter(2, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        apiKey.ifPresent(key -> em.createNativeQuery(
                        "UPDATE provider_api_credentials SET api_key = ?2 WHERE provider_id = ?1")
                .setParameter(1, providerId.value()).setParameter(2, sealer.seal(key)).executeUpdate());
        baseUrl.ifPresent(url -> em.createNativeQuery(
                        "UPDATE provider_api_credentials SET base_url = ?2 WHERE provider_id = ?1")
                .setParameter(1, providerId.value()).setParameter(2, url).executeUpdate());
    }

    @Override
    public boolean apiKeySet(ProviderId providerId) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM provider_api_credentials WHERE provider_id = ?1 AND api_key IS NOT NULL")
                .setParameter(1, providerId.value()).getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> baseUrl(ProviderId providerId) {
        List<String> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT base_url FROM provider_api_credentials WHERE provider_id = ?1 AND base_url IS NOT NULL")
                .setParameter(1, providerId.value()).getResultList();
        return rows.stream().findFirst();
    }
}
