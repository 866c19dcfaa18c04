package com.numberinventory.application.service.providers;

import com.numberinventory.application.shared.NotFound;

import com.numberinventory.application.port.in.providers.ProviderCredentialQueries;
import com.numberinventory.application.port.in.providers.SetProviderCredentialsUseCase;
import com.numberinventory.application.port.out.providers.ProviderCredentials;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Sets and reads provider webhook credentials (a rotation keeps the previous one accepted for the overlap) and the
 * API credentials of the provider's number API (key sealed by the {@link ProviderAccounts} adapter).
 */
public class ProviderCredentialService implements SetProviderCredentialsUseCase, ProviderCredentialQueries {

    static final int MAX_SECRET_LENGTH = 1000;
    static final int MAX_URL_LENGTH = 2000;

    private final Providers providers;
    private final ProviderCredentials credentials;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration overlap;
    private final ProviderAccounts accounts;
    private final SecureRandom random = new SecureRandom();

    public ProviderCredentialService(Providers providers, ProviderCredentials credentials, Transactions transactions,
                                     Clock clock, Duration overlap, ProviderAccounts accounts) {
        this.providers = providers;
        this.credentials = credentials;
        this.transactions = transactions;
        this.clock = clock;
        this.overlap = overlap;
        this.accounts = accounts;
    }

    @Override
    public CredentialsSet setCredentials(SetCredentialsCommand command) {
        return transactions.inTransaction(() -> {
            Provider provider = providers.findActive(command.providerId())
                    .orElseThrow(() -> NotFound.provider(command.providerId()));
            Optional<String> apiKey = command.apiKey().map(ProviderCredentialService::apiKey);
            Optional<String> apiBaseUrl = command.apiBaseUrl().map(ProviderCredentialService::baseUrl);
            if (apiKey.isPresent() || apiBaseUrl.isPresent()) {
                accounts.store(provider.id(), apiKey, apiBaseUrl, clock.instant());
            }
            if (command.apiOnly()) {
                return new CredentialsSet(provider, Optional.empty());
            }
            Optional<String> token = Optional.empty();
            byte[] secret = switch (provider.kind()) {
                case SAUTIKIT -> {
                    refuse("public_key", command.publicKey(), "is for telnyx providers; sautikit takes webhook_secret");
                    String s = command.webhookSecret()
                            .orElseThrow(() -> DomainException.invalidField("webhook_secret", "is required"));
                    if (s.isEmpty() || s.length() > MAX_SECRET_LENGTH) {
                        throw DomainException.invalidField("webhook_secret",
                                "must be 1 to " + MAX_SECRET_LENGTH + " characters");
                    }
                    yield s.getBytes(StandardCharsets.UTF_8);
                }
                case TELNYX -> {
                    refuse("webhook_secret", command.webhookSecret(),
                            "is for sautikit providers; telnyx takes public_key");
                    String k = command.publicKey()
                            .orElseThrow(() -> DomainException.invalidField("public_key", "is required"));
                    byte[] raw;
                    try {
                        raw = Base64.getDecoder().decode(k.strip());
                    } catch (IllegalArgumentException e) {
                        raw = new byte[0];
                    }
                    if (raw.length != 32) {
                        throw DomainException.invalidField("public_key",
                                "must be the base64 of a raw 32-byte Ed25519 public key");
                    }
                    yield raw;
                }
                case ZIPWHIP -> {
                    refuse("webhook_secret", command.webhookSecret(), "is not used: zipwhip gets a generated token");
                    refuse("public_key", command.publicKey(), "is not used: zipwhip gets a generated token");
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    String t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    token = Optional.of(t);
                    yield t.getBytes(StandardCharsets.UTF_8);
                }
            };
            Instant now = clock.instant();
            credentials.rotate(provider.id(), secret, now, now.plus(overlap));
            return new CredentialsSet(provider, token);
        });
    }

    private static String apiKey(String raw) {
        String key = raw.strip();
        if (key.isEmpty() || key.length() > MAX_SECRET_LENGTH || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw DomainException.invalidField("api_key", "must be 1 to " + MAX_SECRET_LENGTH
                    + " printable ASCII characters without spaces");
        }
        return key;
    }

    /** An absolute http(s) URL without query or fragment: the provider's API root that paths are appended to. */
    private static String baseUrl(String raw) {
        String url = raw.strip();
        java.net.URI uri;
        try {
            uri = url.length() > MAX_URL_LENGTH ? null : new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw DomainException.invalidField("api_base_url", "must be an absolute http or https URL without "
                    + "credentials, query or fragment, at most " + MAX_URL_LENGTH + " characters");
        }
        return url;
    }

    private static void refuse(String field, Optional<String> value, String message) {
        if (value.isPresent()) {
            throw DomainException.invalidField(field, message);
        }
    }

    @Override
    public boolean credentialsSet(ProviderId providerId) {
        return credentials.anySet(providerId);
    }

    @Override
    public boolean apiCredentialsSet(ProviderId providerId) {
        return accounts.apiKeySet(providerId);
    }

    @Override
    public Optional<String> apiBaseUrl(ProviderId providerId) {
        return accounts.baseUrl(providerId);
    }

    @Override
    public Optional<List<byte[]>> acceptedCredentials(ProviderId providerId, ProviderKind kind) {
        return transactions.inTransaction(() -> providers.findActive(providerId)
                .filter(p -> p.kind() == kind)
                .map(p -> credentials.accepted(providerId, clock.instant())));
    }
}
