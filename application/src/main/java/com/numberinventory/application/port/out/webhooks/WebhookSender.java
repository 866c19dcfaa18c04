package com.numberinventory.application.port.out.webhooks;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Sends one signed webhook request to a subscriber. */
public interface WebhookSender {

    /** What came back: a status code (absent when no answer came), a Retry-After, or the transport error. */
    record Outcome(Optional<Integer> statusCode, Optional<Duration> retryAfter, Optional<String> error) {

        public boolean succeeded() {
            return statusCode.isPresent() && statusCode.get() >= 200 && statusCode.get() < 300;
        }
    }

    Outcome send(String url, Map<String, String> headers, byte[] body);
}
