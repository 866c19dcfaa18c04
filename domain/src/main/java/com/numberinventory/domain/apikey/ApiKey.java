package com.numberinventory.domain.apikey;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An API key as stored: never the key itself, only its SHA-256 (keys are 256 random bits, so a plain hash is
 * enough and lets the key be found by an index lookup instead of a comparison that could leak timing).
 */
public final class ApiKey {

    /** Every key starts with this, so a leaked one is easy to spot (secret scanners, logs). */
    public static final String PREFIX = "nik_";
    /** How much of the key is kept to tell keys apart in listings: the prefix and 8 more characters. */
    public static final int SHOWN_CHARS = PREFIX.length() + 8;

    /** Whether a key can still be used. */
    public enum Status { ACTIVE, REVOKED, EXPIRED }

    private final ApiKeyId id;
    private final String name;
    private final Set<Scope> scopes;
    private final WorkspaceId workspace;
    private final String keyHash;
    private final String shownPrefix;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final Instant revokedAt;
    private final long version;

    /** Rebuilds a key from storage. */
    public ApiKey(ApiKeyId id, String name, Set<Scope> scopes, WorkspaceId workspace, String keyHash,
                  String shownPrefix, Instant createdAt, Instant expiresAt, Instant revokedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        this.workspace = workspace;
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
        this.shownPrefix = Objects.requireNonNull(shownPrefix, "shownPrefix");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    /**
     * A new key for the given plaintext. Checks the name and scopes: a workspace-bound key may hold only the
     * number scopes, since the others act across workspaces.
     */
    public static ApiKey issue(ApiKeyId id, String name, Collection<String> scopeNames,
                               Optional<WorkspaceId> workspace, Optional<Instant> expiresAt, String plaintext,
                               Instant now) {
        if (name == null || name.isBlank()) {
            throw new DomainException(ErrorCode.API_KEY_NAME_REQUIRED, "name: a key needs a name",
                    List.of(new DomainException.FieldError("name", "is required")));
        }
        if (name.length() > 200) {
            throw DomainException.invalidField("name", "must be at most 200 characters");
        }
        if (scopeNames == null || scopeNames.isEmpty()) {
            throw scopeInvalid("at least one scope is required");
        }
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String raw : scopeNames) {
            Scope scope = Scope.fromWire(raw).orElseThrow(() -> scopeInvalid("unknown scope '" + raw
                    + "'; use numbers:read, numbers:write, inventory:admin, webhooks:admin or keys:admin"));
            if (workspace.isPresent() && !scope.workspaceBindable()) {
                throw scopeInvalid("a workspace-bound key may hold only numbers:read and numbers:write, not "
                        + scope.wireName());
            }
            scopes.add(scope);
        }
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw DomainException.invalidField("expires_at", "must be in the future");
        }
        return new ApiKey(id, name.strip(), scopes, workspace.orElse(null), hashOf(plaintext),
                plaintext.substring(0, Math.min(SHOWN_CHARS, plaintext.length())), now, expiresAt.orElse(null),
                null, 0);
    }

    private static DomainException scopeInvalid(String message) {
        return new DomainException(ErrorCode.API_KEY_SCOPE_INVALID, "scopes: " + message,
                List.of(new DomainException.FieldError("scopes", message)));
    }

    /** The hex SHA-256 of a presented key: what the store is searched by. */
    public static String hashOf(String plaintext) {
        byte[] digest = SHA_256.get().digest(plaintext.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /**
     * One digest per thread: every authenticated request hashes the presented key, and looking the algorithm up
     * in the JDK's provider list each time cost more than the hashing. {@code digest} leaves it reset.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    });

    public ApiKey revoke(Instant now) {
        if (revokedAt != null) {
            throw new DomainException(ErrorCode.API_KEY_ALREADY_REVOKED, "api key " + id + " is already revoked");
        }
        return new ApiKey(id, name, scopes, workspace, keyHash, shownPrefix, createdAt, expiresAt, now, version);
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return Status.EXPIRED;
        }
        return Status.ACTIVE;
    }

    public ApiKeyId id() { return id; }
    public String name() { return name; }
    public Set<Scope> scopes() { return scopes; }
    public Optional<WorkspaceId> workspace() { return Optional.ofNullable(workspace); }
    public String keyHash() { return keyHash; }
    public String shownPrefix() { return shownPrefix; }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> expiresAt() { return Optional.ofNullable(expiresAt); }
    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }
    public long version() { return version; }

    @Override
    public String toString() {
        // Never the hash: it is not the key, but there is no reason to print it either.
        return "ApiKey[" + id + " " + shownPrefix + "... " + name + "]";
    }
}
