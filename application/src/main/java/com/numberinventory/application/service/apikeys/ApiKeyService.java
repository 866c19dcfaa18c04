package com.numberinventory.application.service.apikeys;

import com.numberinventory.application.port.in.apikeys.ApiKeyQueries;
import com.numberinventory.application.port.in.apikeys.AuthenticateApiKeyUseCase;
import com.numberinventory.application.port.in.apikeys.CreateApiKeyUseCase;
import com.numberinventory.application.port.in.apikeys.EnsureBootstrapKeyUseCase;
import com.numberinventory.application.port.in.apikeys.RevokeApiKeyUseCase;
import com.numberinventory.application.port.out.apikeys.ApiKeys;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/** Issues, authenticates, lists and revokes API keys. */
public record ApiKeyService(ApiKeys keys, Transactions transactions, Clock clock, IdSource ids, SecureRandom random)
        implements CreateApiKeyUseCase, RevokeApiKeyUseCase, ApiKeyQueries,
        AuthenticateApiKeyUseCase, EnsureBootstrapKeyUseCase {

    /** 32 random bytes: 256 bits of entropy. */
    static final int KEY_BYTES = 32;
    /** Longest key worth hashing; anything longer is not one of ours. */
    static final int MAX_PRESENTED_LENGTH = 512;

    /** A fresh key: {@code nik_} and 43 URL-safe base64 characters of 256 random bits. */
    public static String newPlaintextKey(SecureRandom random) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return ApiKey.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public CreatedApiKey create(CreateApiKeyCommand command) {
        String plaintext = newPlaintextKey(random);
        ApiKey key = ApiKey.issue(new ApiKeyId(ids.next()), command.name(), command.scopes(), command.workspace(),
                command.expiresAt(), plaintext, clock.instant());
        transactions.inTransaction(() -> {
            keys.insert(key);
            return null;
        });
        return new CreatedApiKey(key, plaintext);
    }

    @Override
    public ApiKey revoke(ApiKeyId id) {
        return transactions.inTransaction(() -> {
            ApiKey revoked = keys.findByIdForUpdate(id).orElseThrow(() -> notFound(id)).revoke(clock.instant());
            keys.update(revoked);
            return revoked;
        });
    }

    @Override
    public ApiKey get(ApiKeyId id) {
        return transactions.inTransaction(() -> keys.findById(id).orElseThrow(() -> notFound(id)));
    }

    @Override
    public Page<ApiKey> list(PageRequest page) {
        return transactions.inTransaction(() -> keys.list(page));
    }

    @Override
    public ApiKey authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > MAX_PRESENTED_LENGTH) {
            throw invalid();
        }
        // Found by the hash through an index: the lookup time does not depend on how much of a guess is right.
        ApiKey key = transactions.inTransaction(() -> keys.findByHash(ApiKey.hashOf(presentedKey)))
                .orElseThrow(ApiKeyService::invalid);
        return switch (key.status(clock.instant())) {
            case ACTIVE -> key;
            case REVOKED -> throw new DomainException(ErrorCode.API_KEY_REVOKED, "this API key was revoked");
            case EXPIRED -> throw new DomainException(ErrorCode.API_KEY_EXPIRED, "this API key has expired");
        };
    }

    @Override
    public boolean ensureAdminKey(String plaintext) {
        if (plaintext == null || plaintext.length() < 32) {
            throw new IllegalArgumentException("the bootstrap admin key must be at least 32 characters of random; "
                    + "make one with: echo nik_$(openssl rand -base64 32 | tr '+/' '-_' | tr -d '=')");
        }
        return transactions.inTransaction(() -> {
            if (keys.findByHash(ApiKey.hashOf(plaintext)).isPresent()) {
                return false;
            }
            Instant now = clock.instant();
            ApiKey key = ApiKey.issue(new ApiKeyId(ids.next()), "bootstrap admin",
                    Arrays.stream(Scope.values()).map(Scope::wireName).toList(), Optional.empty(), Optional.empty(),
                    plaintext, now);
            keys.insert(key);
            return true;
        });
    }

    static DomainException invalid() {
        return new DomainException(ErrorCode.API_KEY_INVALID,
                "send a valid API key as 'Authorization: Bearer <key>'");
    }

    static DomainException notFound(ApiKeyId id) {
        return new DomainException(ErrorCode.API_KEY_NOT_FOUND, "no api key " + id);
    }
}
