package com.numberinventory.adapters.persistence.providers;

import static com.numberinventory.adapters.persistence.shared.Jdbc.utc;

import com.numberinventory.application.port.out.providers.ProviderCredentials;
import com.numberinventory.domain.provider.ProviderId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.numberinventory.application.port.out.shared.SecretSealer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Provider webhook credentials in {@code provider_credentials}. The secret bytes never leave this class except
 * towards the signature check. Stored sealed by {@link SecretSealer} (AES-256-GCM under the master key).
 */
@ApplicationScoped
public class JpaProviderCredentials implements ProviderCredentials {

    private final SecretSealer cipher;

    @Inject
    public JpaProviderCredentials(SecretSealer sealer) {
        this.cipher = sealer;
    }

    @Override
    public void rotate(ProviderId providerId, byte[] secret, Instant now, Instant previousValidUntil) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("UPDATE provider_credentials SET valid_until = ?1 WHERE provider_id = ?2 "
                        + "AND (valid_until IS NULL OR valid_until > ?1)")
                .setParameter(1, utc(previousValidUntil)).setParameter(2, providerId.value()).executeUpdate();
        em.createNativeQuery("INSERT INTO provider_credentials (id, provider_id, secret, created_at, valid_until) "
                        + "VALUES (?1, ?2, ?3, ?4, NULL)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, providerId.value()).setParameter(3, seal(secret))
                .setParameter(4, utc(now)).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<byte[]> accepted(ProviderId providerId, Instant now) {
        List<byte[]> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT secret FROM provider_credentials WHERE provider_id = ?1 "
                                + "AND (valid_until IS NULL OR valid_until > ?2) ORDER BY created_at DESC, id")
                .setParameter(1, providerId.value()).setParameter(2, utc(now)).getResultList();
        return rows.stream().map(this::open).toList();
    }

    /** The sealer works on text: the secret bytes go in as base64 and the sealed text is stored as bytes. */
    private byte[] seal(byte[] secret) {
        return cipher.seal(java.util.Base64.getEncoder().encodeToString(secret))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private byte[] open(byte[] stored) {
        return java.util.Base64.getDecoder().decode(
                cipher.open(new String(stored, java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Override
    public boolean anySet(ProviderId providerId) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM provider_credentials WHERE provider_id = ?1")
                .setParameter(1, providerId.value()).getSingleResult();
        return n.longValue() > 0;
    }
}
