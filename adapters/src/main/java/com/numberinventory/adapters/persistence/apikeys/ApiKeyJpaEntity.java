package com.numberinventory.adapters.persistence.apikeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code api_keys}: the key's hash, never the key. */
@Entity
@Table(name = "api_keys")
public class ApiKeyJpaEntity {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(name = "key_hash", nullable = false)
    public String keyHash;
    @Column(name = "key_prefix", nullable = false)
    public String keyPrefix;
    /** Space-separated scope wire names. */
    @Column(nullable = false)
    public String scopes;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Version
    public long version;
}
