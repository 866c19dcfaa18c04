package com.numberinventory.application.port.out.webhooks;

/** Decides whether the service may call a URL (SSRF guard). */
public interface WebhookUrlPolicy {

    /** Throws a {@code validation.bad_request} naming {@code url} when the URL is not allowed. */
    void check(String url);
}
