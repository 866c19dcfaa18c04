package com.numberinventory.application.port.in.apikeys;

import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Makes a new API key; the plaintext key is returned this once and never stored. */
public interface CreateApiKeyUseCase {

    /** Scopes are the wire names; the service checks them. */
    record CreateApiKeyCommand(String name, List<String> scopes, Optional<WorkspaceId> workspace,
                               Optional<Instant> expiresAt) {
    }

    /** The stored key and, this once, its plaintext. */
    record CreatedApiKey(ApiKey key, String plaintext) {
        @Override
        public String toString() {
            return "CreatedApiKey[" + key + "]";
        }
    }

    CreatedApiKey create(CreateApiKeyCommand command);
}
