package com.numberinventory.adapters.rest.security;

import com.numberinventory.domain.apikey.ApiKeyId;
import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    private static final WorkspaceId OWN = new WorkspaceId(UUID.randomUUID());
    private static final WorkspaceId OTHER = new WorkspaceId(UUID.randomUUID());
    private static final Caller BOUND = new Caller(new ApiKeyId(UUID.randomUUID()),
            Set.of(Scope.NUMBERS_READ, Scope.NUMBERS_WRITE), Optional.of(OWN));
    private static final Caller ADMIN = new Caller(new ApiKeyId(UUID.randomUUID()), EnumSet.allOf(Scope.class),
            Optional.empty());

    @Test
    void a_bound_caller_acts_for_its_own_workspace_when_none_is_named() {
        assertEquals(OWN, BOUND.workspaceFor("workspace_id", null));
        assertEquals(OWN, BOUND.workspaceFor("workspace_id", OWN.toString()));
        assertEquals(Optional.of(OWN), BOUND.optionalWorkspaceFor("workspace_id", ""));
    }

    @Test
    void a_bound_caller_naming_another_workspace_is_forbidden() {
        DomainException e = assertThrows(DomainException.class,
                () -> BOUND.workspaceFor("workspace_id", OTHER.toString()));
        assertEquals(ErrorCode.WORKSPACE_FORBIDDEN, e.errorCode());
        assertThrows(DomainException.class, () -> BOUND.workspaceFilter("workspace_id", Optional.of(OTHER)));
        assertThrows(DomainException.class,
                () -> BOUND.listFilter("workspace_id", Optional.of(OTHER), Optional.empty()));
    }

    @Test
    void an_unbound_caller_must_name_the_workspace_and_may_name_any() {
        assertThrows(DomainException.class, () -> ADMIN.workspaceFor("workspace_id", null));
        assertEquals(OTHER, ADMIN.workspaceFor("workspace_id", OTHER.toString()));
        assertEquals(Optional.empty(), ADMIN.optionalWorkspaceFor("workspace_id", null));
    }

    @Test
    void a_bound_caller_lists_its_own_rows_or_the_free_inventory() {
        assertEquals(Optional.of(OWN), BOUND.listFilter("workspace_id", Optional.empty(), Optional.empty()));
        assertEquals(Optional.empty(),
                BOUND.listFilter("workspace_id", Optional.empty(), Optional.of(NumberStatus.AVAILABLE)));
        assertEquals(Optional.of(OWN),
                BOUND.listFilter("workspace_id", Optional.empty(), Optional.of(NumberStatus.ASSIGNED)));
        assertEquals(Optional.of(OWN), BOUND.workspaceFilter("workspace_id", Optional.empty()));
        assertEquals(Optional.empty(), ADMIN.workspaceFilter("workspace_id", Optional.empty()));
    }

    @Test
    void only_a_caller_with_every_scope_and_no_workspace_is_full_admin() {
        assertTrue(ADMIN.fullAdmin());
        assertFalse(BOUND.fullAdmin());
        assertTrue(BOUND.maySee(Optional.of(OWN)));
        assertFalse(BOUND.maySee(Optional.of(OTHER)));
        assertTrue(ADMIN.maySee(Optional.of(OTHER)));
    }
}
