package com.numberinventory.bootstrap.wiring;

import com.numberinventory.adapters.secrets.AesGcmSecretSealer;
import com.numberinventory.application.port.out.apikeys.ApiKeys;
import com.numberinventory.application.port.out.shared.SecretSealer;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.service.apikeys.ApiKeyService;
import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.bootstrap.security.SecretsKeySource;
import com.numberinventory.domain.shared.IdSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** Wires API keys and the secret sealer other features store provider/webhook secrets with. */
public class SecurityWiring {

    @Produces
    @Singleton
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Produces
    @Singleton
    ApiKeyService apiKeyService(ApiKeys keys, Transactions tx, Clock clock, IdSource ids, SecureRandom random) {
        return new ApiKeyService(keys, tx, clock, ids, random);
    }

    @Produces
    @Singleton
    SecretSealer secretSealer(
            NumbersConfig config, SecureRandom random) {
        NumbersConfig.Secrets secrets = config.secrets();
        byte[] current = SecretsKeySource.currentKey(secrets.key(), secrets.keyFile(), random);
        List<byte[]> old = secrets.previousKeys().orElse(List.of()).stream().filter(s -> !s.isBlank())
                .map(s -> AesGcmSecretSealer.decodeKey("NUMBERS_SECRETS_PREVIOUS_KEYS", s)).toList();
        return new AesGcmSecretSealer(current, old, random);
    }
}
