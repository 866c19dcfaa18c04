package com.numberinventory.application.port.in.providers;

import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets the credential a provider's webhooks are verified with: the Sautikit webhook secret, the Telnyx Ed25519
 * public key, or a generated Zipwhip URL token. The previous credential stays accepted for the overlap period.
 */
public interface SetProviderCredentialsUseCase {

    record SetCredentialsCommand(ProviderId providerId, Optional<String> webhookSecret, Optional<String> publicKey) {
        public SetCredentialsCommand {
            Objects.requireNonNull(providerId, "providerId");
            webhookSecret = webhookSecret == null ? Optional.empty() : webhookSecret;
            publicKey = publicKey == null ? Optional.empty() : publicKey;
        }
    }

    /** The provider and, for Zipwhip, the token generated now (shown this once). */
    record CredentialsSet(Provider provider, Optional<String> generatedToken) {
    }

    CredentialsSet setCredentials(SetCredentialsCommand command);
}
