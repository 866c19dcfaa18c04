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
    SERIES_INVALID("numbers.series_invalid", Kind.INVALID),

    NUMBER_NOT_FOUND("numbers.not_found", Kind.NOT_FOUND),
    ALREADY_CLAIMED("numbers.already_claimed", Kind.CONFLICT),
    NOT_AVAILABLE("numbers.not_available", Kind.CONFLICT),
    RETIRED("numbers.retired", Kind.CONFLICT),
    SERIES_NOT_ACTIVE("numbers.series_not_active", Kind.CONFLICT),
    PRICE_MISSING("numbers.price_missing", Kind.UNPROCESSABLE),
    NONE_AVAILABLE("numbers.none_available", Kind.CONFLICT),
    NOT_ASSIGNED("numbers.not_assigned", Kind.CONFLICT),
    ASSIGNED("numbers.assigned", Kind.CONFLICT),

    // Issue 3: provider webhooks
    PROVIDER_EVENT_NOT_FOUND("provider_events.not_found", Kind.NOT_FOUND),
    PROVIDER_EVENT_NOT_REPLAYABLE("provider_events.not_replayable", Kind.CONFLICT),
    CAMPAIGN_NOT_FOUND("campaigns.not_found", Kind.NOT_FOUND);

    /** What sort of failure a code is; the REST adapter turns it into a status. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, UNPROCESSABLE }

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
