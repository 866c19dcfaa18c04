package com.numberinventory.adapters.persistence.apikeys;

import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Copies API keys between the domain and their rows. */
final class ApiKeyMapper {

    private ApiKeyMapper() {
    }

    static ApiKeyJpaEntity copy(ApiKey k, ApiKeyJpaEntity e) {
        e.id = k.id().value();
        e.name = k.name();
        e.keyHash = k.keyHash();
        e.keyPrefix = k.shownPrefix();
        e.scopes = k.scopes().stream().sorted().map(Scope::wireName).collect(Collectors.joining(" "));
        e.workspaceId = k.workspace().map(WorkspaceId::value).orElse(null);
        e.createdAt = k.createdAt();
        e.expiresAt = k.expiresAt().orElse(null);
        e.revokedAt = k.revokedAt().orElse(null);
        return e;
    }

    static ApiKey toDomain(ApiKeyJpaEntity e) {
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(e.scopes.split(" ")).filter(s -> !s.isBlank())
                .forEach(s -> Scope.fromWire(s).ifPresent(scopes::add));
        return new ApiKey(new ApiKeyId(e.id), e.name, scopes,
                e.workspaceId == null ? null : new WorkspaceId(e.workspaceId), e.keyHash, e.keyPrefix,
                e.createdAt, e.expiresAt, e.revokedAt, e.version);
    }
}
