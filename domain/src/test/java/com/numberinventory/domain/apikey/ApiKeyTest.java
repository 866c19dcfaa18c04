package com.numberinventory.domain.apikey;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-06-27T10:00:00Z");
    private static final String PLAINTEXT = "nik_" + "a".repeat(43);

    private static ApiKey issue(List<String> scopes, Optional<WorkspaceId> workspace, Optional<Instant> expires) {
        return ApiKey.issue(new ApiKeyId(UUID.randomUUID()), "k", scopes, workspace, expires, PLAINTEXT, NOW);
    }

    @Test
    void an_issued_key_keeps_only_the_hash_and_a_short_prefix() {
        ApiKey key = issue(List.of("numbers:read"), Optional.empty(), Optional.empty());
        assertEquals(ApiKey.hashOf(PLAINTEXT), key.keyHash());
        assertEquals(64, key.keyHash().length());
        assertEquals("nik_aaaaaaaa", key.shownPrefix());
        assertFalse(key.toString().contains(PLAINTEXT));
        assertEquals(Set.of(Scope.NUMBERS_READ), key.scopes());
    }

    @Test
    void a_key_without_a_name_is_refused() {
        DomainException e = assertThrows(DomainException.class, () -> ApiKey.issue(new ApiKeyId(UUID.randomUUID()),
                " ", List.of("numbers:read"), Optional.empty(), Optional.empty(), PLAINTEXT, NOW));
        assertEquals(ErrorCode.API_KEY_NAME_REQUIRED, e.errorCode());
    }

    @Test
    void unknown_or_no_scopes_are_refused() {
        assertEquals(ErrorCode.API_KEY_SCOPE_INVALID, assertThrows(DomainException.class,
                () -> issue(List.of("numbers:admin"), Optional.empty(), Optional.empty())).errorCode());
        assertEquals(ErrorCode.API_KEY_SCOPE_INVALID, assertThrows(DomainException.class,
                () -> issue(List.of(), Optional.empty(), Optional.empty())).errorCode());
    }

    @Test
    void a_workspace_bound_key_holds_only_number_scopes() {
        Optional<WorkspaceId> ws = Optional.of(new WorkspaceId(UUID.randomUUID()));
        issue(List.of("numbers:read", "numbers:write"), ws, Optional.empty());
        for (String scope : List.of("inventory:admin", "webhooks:admin", "keys:admin")) {
            assertEquals(ErrorCode.API_KEY_SCOPE_INVALID, assertThrows(DomainException.class,
                    () -> issue(List.of(scope), ws, Optional.empty())).errorCode());
        }
    }

    @Test
    void a_key_expires_at_its_expiry_and_a_revoked_key_stays_revoked() {
        ApiKey key = issue(List.of("numbers:read"), Optional.empty(), Optional.of(NOW.plusSeconds(60)));
        assertEquals(ApiKey.Status.ACTIVE, key.status(NOW.plusSeconds(59)));
        assertEquals(ApiKey.Status.EXPIRED, key.status(NOW.plusSeconds(60)));
        ApiKey revoked = key.revoke(NOW.plusSeconds(1));
        assertEquals(ApiKey.Status.REVOKED, revoked.status(NOW.plusSeconds(2)));
        assertEquals(ErrorCode.API_KEY_ALREADY_REVOKED,
                assertThrows(DomainException.class, () -> revoked.revoke(NOW.plusSeconds(3))).errorCode());
    }

    @Test
    void an_expiry_that_is_not_in_the_future_is_refused() {
        assertThrows(DomainException.class, () -> issue(List.of("numbers:read"), Optional.empty(), Optional.of(NOW)));
    }
}
