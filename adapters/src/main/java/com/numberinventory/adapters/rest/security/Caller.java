package com.numberinventory.adapters.rest.security;

import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the API key that authenticated the request, its scopes and, for a workspace-bound key, its
 * workspace. REST resources get it from {@link CurrentCaller} and use the methods here to keep a workspace-bound
 * key inside its workspace.
 */
public record Caller(ApiKeyId keyId, Set<Scope> scopes, Optional<WorkspaceId> workspace) {

    /** Key of the caller in the Vert.x routing context. */
    public static final String CONTEXT_KEY = "numbers.caller";

    private static final Set<Scope> ALL_SCOPES = Collections.unmodifiableSet(EnumSet.allOf(Scope.class));

    public Caller {
        // An enum set: built from the key's scopes on every request, and asked by a bit test.
        scopes = scopes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    public static Caller of(ApiKey key) {
        return new Caller(key.id(), key.scopes(), key.workspace());
    }

    /** A stable id of the caller (the API key's id), e.g. to scope idempotency keys per caller. */
    public String principal() {
        return keyId.toString();
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    /** All scopes and no workspace: may also reach routes no rule names (to get their 404 or 405). */
    public boolean fullAdmin() {
        return workspace.isEmpty() && scopes.containsAll(ALL_SCOPES);
    }

    public boolean workspaceBound() {
        return workspace.isPresent();
    }

    /** Whether this caller may see that workspace's data: unbound keys see all, bound keys only their own. */
    public boolean maySee(Optional<WorkspaceId> owner) {
        return workspace.isEmpty() || owner.isEmpty() || owner.equals(workspace);
    }

    /**
     * Whether the caller may see this number: its own (held, reserved, or in quarantine after its own rental) or
     * one free in the inventory. Others' numbers must answer 404 {@code numbers.not_found}, see
     * {@link #requireVisible}.
     */
    public boolean maySee(PhoneNumber number) {
        return workspace.isEmpty() || number.visibleTo(workspace.get());
    }

    /** The number, or 404 {@code numbers.not_found} when this caller may not see it (never "forbidden"). */
    public PhoneNumber requireVisible(PhoneNumber number) {
        if (!maySee(number)) {
            throw new DomainException(ErrorCode.NUMBER_NOT_FOUND, "no number " + number.id());
        }
        return number;
    }

    /**
     * The workspace a command acts for, from a body field that is required for unbound keys: a bound key's own
     * workspace is implied when the field is omitted, and any other workspace is refused with 403
     * {@code auth.workspace_forbidden}.
     */
    public WorkspaceId workspaceFor(String field, String raw) {
        return optionalWorkspaceFor(field, raw).orElseGet(() -> WorkspaceId.parse(field, raw));
    }

    /** Like {@link #workspaceFor} for an optional field: empty only for an unbound key that sent none. */
    public Optional<WorkspaceId> optionalWorkspaceFor(String field, String raw) {
        boolean given = raw != null && !raw.isBlank();
        if (workspace.isEmpty()) {
            return given ? Optional.of(WorkspaceId.parse(field, raw)) : Optional.empty();
        }
        if (!given) {
            return workspace;
        }
        WorkspaceId asked = WorkspaceId.parse(field, raw);
        if (!asked.equals(workspace.get())) {
            throw forbidden(field);
        }
        return workspace;
    }

    /**
     * A list's workspace filter for rows that always belong to a workspace (rentals, ...): a bound key gets its
     * own workspace whatever it asked, and 403 {@code auth.workspace_forbidden} when it named another.
     */
    public Optional<WorkspaceId> workspaceFilter(String field, Optional<WorkspaceId> asked) {
        if (workspace.isEmpty()) {
            return asked;
        }
        if (asked.isPresent() && !asked.equals(workspace)) {
            throw forbidden(field);
        }
        return workspace;
    }

    /**
     * The workspace filter of the number list: a bound key may not name another workspace; without one it sees its own
     * rows, except a list of {@code available} numbers (the free inventory, which belongs to no workspace).
     */
    public Optional<WorkspaceId> listFilter(String field, Optional<WorkspaceId> asked,
                                            Optional<NumberStatus> status) {
        if (workspace.isEmpty()) {
            return asked;
        }
        if (asked.isPresent() && !asked.equals(workspace)) {
            throw forbidden(field);
        }
        if (asked.isEmpty() && status.filter(s -> s == NumberStatus.AVAILABLE).isPresent()) {
            return Optional.empty();
        }
        return workspace;
    }

    private static DomainException forbidden(String field) {
        return new DomainException(ErrorCode.WORKSPACE_FORBIDDEN,
                field + ": this API key may act only for its own workspace");
    }

    @Override
    public String toString() {
        return "Caller[key " + keyId + (workspace.map(w -> ", workspace " + w).orElse("")) + "]";
    }
}
