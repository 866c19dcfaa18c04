package com.numberinventory.adapters.persistence;

import com.numberinventory.application.port.out.ProviderCredentials;
import com.numberinventory.domain.provider.ProviderId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Provider webhook credentials in {@code provider_credentials}. The secret bytes never leave this class except
 * towards the signature check. Sealed with AES-256-GCM when {@code NUMBERS_SECRETS_KEY} is set (see
 * {@link SecretCipher}).
 */
@ApplicationScoped
public class JpaProviderCredentials implements ProviderCredentials {

    private final SecretCipher cipher;

    @Inject
    public JpaProviderCredentials(@ConfigProperty(name = "numbers.secrets.key") Optional<String> key) {
        this.cipher = new SecretCipher(key);
    }

    @Override
    public void rotate(ProviderId providerId, byte[] secret, Instant now, Instant previousValidUntil) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("UPDATE provider_credentials SET valid_until = ?1 WHERE provider_id = ?2 "
                        + "AND (valid_until IS NULL OR valid_until > ?1)")
                .setParameter(1, utc(previousValidUntil)).setParameter(2, providerId.value()).executeUpdate();
        em.createNativeQuery("INSERT INTO provider_credentials (id, provider_id, secret, created_at, valid_until) "
                        + "VALUES (?1, ?2, ?3, ?4, NULL)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, providerId.value()).setParameter(3, cipher.seal(secret))
                .setParameter(4, utc(now)).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<byte[]> accepted(ProviderId providerId, Instant now) {
        List<byte[]> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT secret FROM provider_credentials WHERE provider_id = ?1 "
                                + "AND (valid_until IS NULL OR valid_until > ?2) ORDER BY created_at DESC, id")
                .setParameter(1, providerId.value()).setParameter(2, utc(now)).getResultList();
        return rows.stream().map(cipher::open).toList();
    }

    @Override
    public boolean anySet(ProviderId providerId) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM provider_credentials WHERE provider_id = ?1")
                .setParameter(1, providerId.value()).getSingleResult();
        return n.longValue() > 0;
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
