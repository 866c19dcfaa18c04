package com.numberinventory.domain.shared;

/**
 * The stable error codes of the service, each with the kind of failure it is.
 * Callers code against these strings; never rename one.
 */
public enum ErrorCode {
    BAD_REQUEST("validation.bad_request", Kind.INVALID),
    INVALID_CURSOR("validation.invalid_cursor", Kind.INVALID),

    PROVIDER_NOT_FOUND("provider.not_found", Kind.NOT_FOUND),
    PROVIDER_HAS_ACTIVE_SERIES("provider.has_active_series", Kind.CONFLICT),

    SERIES_NOT_FOUND("numbers.series_not_found", Kind.NOT_FOUND),
    SERIES_EXISTS("numbers.series_exists", Kind.CONFLICT),
    SERIES_INVALID("numbers.series_invalid", Kind.INVALID),

    NUMBER_NOT_FOUND("numbers.not_found", Kind.NOT_FOUND),
    ALREADY_CLAIMED("numbers.already_claimed", Kind.CONFLICT),
    NOT_AVAILABLE("numbers.not_available", Kind.CONFLICT),
    RETIRED("numbers.retired", Kind.CONFLICT),
    SERIES_NOT_ACTIVE("numbers.series_not_active", Kind.CONFLICT),
    PRICE_MISSING("numbers.price_missing", Kind.UNPROCESSABLE),
    NONE_AVAILABLE("numbers.none_available", Kind.CONFLICT),
    INVALID_PATTERN("numbers.invalid_pattern", Kind.UNPROCESSABLE),
    NOT_ASSIGNED("numbers.not_assigned", Kind.CONFLICT),
    ASSIGNED("numbers.assigned", Kind.CONFLICT),
    // Transfer between workspaces
    HOLDER_MISMATCH("numbers.holder_mismatch", Kind.CONFLICT),
    SAME_WORKSPACE("numbers.same_workspace", Kind.UNPROCESSABLE),

    // Lifecycle: reservations, trials, suspension, activation
    NOT_RESERVED("numbers.not_reserved", Kind.CONFLICT),
    NOT_PENDING("numbers.not_pending", Kind.CONFLICT),
    RENTAL_NOT_FOUND("rentals.not_found", Kind.NOT_FOUND),
    NOT_TRIAL("rentals.not_trial", Kind.CONFLICT),
    RENTAL_ENDED("rentals.ended", Kind.CONFLICT),
    IDEMPOTENCY_CONFLICT("idempotency.conflict", Kind.UNPROCESSABLE),
    IDEMPOTENCY_IN_FLIGHT("idempotency.in_flight", Kind.CONFLICT),

    // Issue 5: API keys, scopes and workspace isolation.
    API_KEY_INVALID("api_key.invalid", Kind.UNAUTHENTICATED),
    API_KEY_REVOKED("api_key.revoked", Kind.UNAUTHENTICATED),
    API_KEY_EXPIRED("api_key.expired", Kind.UNAUTHENTICATED),
    API_KEY_SCOPE_DENIED("api_key.scope_denied", Kind.FORBIDDEN),
    API_KEY_ALREADY_REVOKED("api_key.already_revoked", Kind.CONFLICT),
    API_KEY_NAME_REQUIRED("api_key.name_required", Kind.INVALID),
    API_KEY_SCOPE_INVALID("api_key.scope_invalid", Kind.INVALID),
    API_KEY_NOT_FOUND("api_key.not_found", Kind.NOT_FOUND),
    WORKSPACE_FORBIDDEN("auth.workspace_forbidden", Kind.FORBIDDEN),

    // Outbound webhooks
    WEBHOOK_NOT_FOUND("webhooks.not_found", Kind.NOT_FOUND),
    EVENT_UNSUPPORTED("webhooks.event_unsupported", Kind.INVALID),
    DELIVERY_NOT_FOUND("webhooks.delivery_not_found", Kind.NOT_FOUND),
    DELIVERY_NOT_RETRYABLE("webhooks.delivery_not_retryable", Kind.CONFLICT),

    // Issue 3: provider webhooks
    PROVIDER_EVENT_NOT_FOUND("provider_events.not_found", Kind.NOT_FOUND),
    PROVIDER_EVENT_NOT_REPLAYABLE("provider_events.not_replayable", Kind.CONFLICT),
    CAMPAIGN_NOT_FOUND("campaigns.not_found", Kind.NOT_FOUND),

    // Issue 14: calls to the providers' own number APIs. One code, provider.unavailable, answers three statuses:
    // the provider failed or answered 5xx (502), its circuit is open (503), it did not answer in time (504).
    PROVIDER_REJECTED("provider.rejected", Kind.BAD_GATEWAY),
    PROVIDER_UNAVAILABLE("provider.unavailable", Kind.BAD_GATEWAY),
    PROVIDER_CIRCUIT_OPEN("provider.unavailable", Kind.UNAVAILABLE),
    PROVIDER_TIMEOUT("provider.unavailable", Kind.GATEWAY_TIMEOUT),
    PROVIDER_SEARCH_UNSUPPORTED("provider.search_unsupported", Kind.UNPROCESSABLE),
    PROVIDER_API_CREDENTIALS_MISSING("provider.api_credentials_missing", Kind.UNPROCESSABLE),
    DISCONNECT_NOT_FOUND("numbers.disconnect_not_found", Kind.NOT_FOUND),
    DISCONNECT_NOT_RETRYABLE("numbers.disconnect_not_retryable", Kind.CONFLICT),
    // Carrier orders.
    ORDER_NOT_FOUND("orders.not_found", Kind.NOT_FOUND),
    ORDER_NOT_RETRYABLE("orders.not_retryable", Kind.CONFLICT),
    ORDER_NOTHING_AVAILABLE("orders.nothing_available", Kind.UNPROCESSABLE),
    ORDER_INVALID("orders.invalid", Kind.UNPROCESSABLE),
    // Bulk jobs.
    JOB_NOT_FOUND("jobs.not_found", Kind.NOT_FOUND),
    JOB_INVALID("jobs.invalid", Kind.UNPROCESSABLE),
    /** An import job's number that is in the inventory already (a per-number result, never an answer). */
    ALREADY_IN_INVENTORY("numbers.already_in_inventory", Kind.CONFLICT),
    /** An import job's number that the series cannot hold (another country). */
    INVALID_NUMBER("numbers.invalid_number", Kind.UNPROCESSABLE),
    /** Other imports hold the numbers the service builds at once; the call changed nothing and may be retried. */
    IMPORTS_BUSY("numbers.imports_busy", Kind.UNAVAILABLE),
    RECONCILIATION_NOT_FOUND("reconciliations.not_found", Kind.NOT_FOUND),
    RECONCILIATION_ALREADY_APPLIED("reconciliations.already_applied", Kind.CONFLICT);

    /** What sort of failure a code is; the REST adapter turns it into a status. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, UNPROCESSABLE, UNAUTHENTICATED, FORBIDDEN,
        /** An upstream provider refused or failed (502). */
        BAD_GATEWAY,
        /** Not taken now: an upstream provider is not being called, or the service is at capacity (503). */
        UNAVAILABLE,
        /** An upstream provider did not answer in time (504). */
        GATEWAY_TIMEOUT
    }

    private final String code;
    private final Kind kind;

    ErrorCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
