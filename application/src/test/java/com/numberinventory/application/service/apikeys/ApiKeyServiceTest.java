package com.numberinventory.application.service.apikeys;

import com.numberinventory.application.port.in.apikeys.CreateApiKeyUseCase.CreateApiKeyCommand;
import com.numberinventory.application.port.in.apikeys.CreateApiKeyUseCase.CreatedApiKey;
import com.numberinventory.application.support.InMemoryApiKeys;
import com.numberinventory.application.support.InMemoryTransactions;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.numberinventory.application.support.Inventory.ALICE;
import static com.numberinventory.application.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyServiceTest {

    private final Inventory.MovableClock clock = new Inventory.MovableClock(Inventory.T0);
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final ApiKeyService service = new ApiKeyService(keys, new InMemoryTransactions(), clock,
            IdSource.uuidV7(clock), new SecureRandom());

    private CreatedApiKey issue(List<String> scopes, Optional<Duration> lifetime) {
        return service.create(new CreateApiKeyCommand("ci", scopes, Optional.empty(),
                lifetime.map(d -> clock.instant().plus(d))));
    }

    @Test
    void a_created_key_is_stored_only_as_its_hash_and_authenticates() {
        CreatedApiKey created = issue(List.of("numbers:read"), Optional.empty());

        assertTrue(created.plaintext().startsWith(ApiKey.PREFIX));
        assertEquals(ApiKey.PREFIX.length() + 43, created.plaintext().length());
        ApiKey stored = service.get(created.key().id());
        assertNotEquals(created.plaintext(), stored.keyHash());
        assertEquals(ApiKey.hashOf(created.plaintext()), stored.keyHash());
        assertEquals(created.key().id(), service.authenticate(created.plaintext()).id());
        assertEquals(EnumSet.of(Scope.NUMBERS_READ), stored.scopes());
    }

    @Test
    void two_keys_never_share_a_plaintext() {
        assertNotEquals(issue(List.of("numbers:read"), Optional.empty()).plaintext(),
                issue(List.of("numbers:read"), Optional.empty()).plaintext());
    }

    @Test
    void missing_unknown_and_overlong_keys_are_invalid() {
        issue(List.of("numbers:read"), Optional.empty());
        for (String presented : new String[]{null, "", "  ", "nik_guess", "nik_" + "a".repeat(600)}) {
            DomainException e = assertThrows(DomainException.class, () -> service.authenticate(presented));
            assertEquals(ErrorCode.API_KEY_INVALID, e.errorCode());
        }
    }

    @Test
    void a_revoked_key_stops_authenticating_and_cannot_be_revoked_twice() {
        CreatedApiKey created = issue(List.of("numbers:write"), Optional.empty());

        ApiKey revoked = service.revoke(created.key().id());

        assertEquals(Optional.of(clock.instant()), revoked.revokedAt());
        assertRefused(ErrorCode.API_KEY_REVOKED, () -> service.authenticate(created.plaintext()));
        assertRefused(ErrorCode.API_KEY_ALREADY_REVOKED, () -> service.revoke(created.key().id()));
    }

    @Test
    void a_key_expires_when_its_time_comes() {
        CreatedApiKey created = issue(List.of("numbers:read"), Optional.of(Duration.ofHours(1)));
        assertEquals(created.key().id(), service.authenticate(created.plaintext()).id());

        clock.advance(Duration.ofHours(1));

        assertRefused(ErrorCode.API_KEY_EXPIRED, () -> service.authenticate(created.plaintext()));
    }

    @Test
    void a_workspace_bound_key_may_not_hold_admin_scopes_and_nothing_is_stored() {
        DomainException e = assertThrows(DomainException.class, () -> service.create(new CreateApiKeyCommand("ws",
                List.of("numbers:read", "keys:admin"), Optional.of(ALICE), Optional.empty())));

        assertEquals(ErrorCode.API_KEY_SCOPE_INVALID, e.errorCode());
        assertEquals(0, keys.size());
    }

    @Test
    void unknown_key_ids_are_not_found() {
        ApiKeyId unknown = new ApiKeyId(UUID.randomUUID());
        assertRefused(ErrorCode.API_KEY_NOT_FOUND, () -> service.get(unknown));
        assertRefused(ErrorCode.API_KEY_NOT_FOUND, () -> service.revoke(unknown));
    }

    @Test
    void the_bootstrap_admin_key_is_stored_once_with_every_scope() {
        String plaintext = "nik_" + "b".repeat(43);

        assertTrue(service.ensureAdminKey(plaintext));
        assertFalse(service.ensureAdminKey(plaintext));

        assertEquals(1, keys.size());
        assertEquals(EnumSet.allOf(Scope.class), service.authenticate(plaintext).scopes());
        assertThrows(IllegalArgumentException.class, () -> service.ensureAdminKey("nik_short"));
    }
}
