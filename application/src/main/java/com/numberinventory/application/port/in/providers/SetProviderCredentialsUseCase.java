package com.numberinventory.application.port.in.providers;

import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets the credential a provider's webhooks are verified with: the Sautikit webhook secret, the Telnyx Ed25519
 * public key, or a generated Zipwhip URL token. The previous credential stays accepted for the overlap period.
 * Also sets the API credentials this service calls the provider's number API with: {@code apiKey} (write-only,
 * sealed at rest) and {@code apiBaseUrl} (overrides the kind's configured base URL). A command with only API
 * fields leaves the webhook credential as it is (for Zipwhip too: no new token is generated).
 */
public interface SetProviderCredentialsUseCase {

    record SetCredentialsCommand(ProviderId providerId, Optional<String> webhookSecret, Optional<String> publicKey,
                                 Optional<String> apiKey, Optional<String> apiBaseUrl) {
        public SetCredentialsCommand {
            Objects.requireNonNull(providerId, "providerId");
            webhookSecret = webhookSecret == null ? Optional.empty() : webhookSecret;
            publicKey = publicKey == null ? Optional.empty() : publicKey;
            apiKey = apiKey == null ? Optional.empty() : apiKey;
            apiBaseUrl = apiBaseUrl == null ? Optional.empty() : apiBaseUrl;
        }

        public SetCredentialsCommand(ProviderId providerId, Optional<String> webhookSecret, Optional<String> publicKey) {
            this(providerId, webhookSecret, publicKey, Optional.empty(), Optional.empty());
        }

        /** Only API fields: the webhook credential stays as it is. */
        public boolean apiOnly() {
            return webhookSecret.isEmpty() && publicKey.isEmpty() && (apiKey.isPresent() || apiBaseUrl.isPresent());
        }
    }

    /** The provider and, for Zipwhip, the token generated now (shown this once). */
    record CredentialsSet(Provider provider, Optional<String> generatedToken) {
    }

    CredentialsSet setCredentials(SetCredentialsCommand command);
}
