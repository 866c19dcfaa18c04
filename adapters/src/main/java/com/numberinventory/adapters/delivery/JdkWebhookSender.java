package com.numberinventory.adapters.delivery;

import com.numberinventory.application.port.out.webhooks.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Sends webhook requests with the JDK {@link HttpClient}: no redirects followed (a 3xx is a failure), a fixed
 * timeout, the response body drained and ignored.
 */
@ApplicationScoped
public class JdkWebhookSender implements WebhookSender {

    private final HttpClient client;
    private final Duration timeout;

    @Inject
    public JdkWebhookSender(DeliveryConfig config) {
        this(config.requestTimeout());
    }

    public JdkWebhookSender(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    @Override
    public Outcome send(String url, Map<String, String> headers, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(JdkWebhookSender::retryAfter);
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(Optional.of(status), retryAfter, ok ? Optional.empty() : Optional.of("HTTP " + status));
        } catch (HttpTimeoutException e) {
            return failed("timed out after " + timeout.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            return failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    /** Retry-After as delay-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String raw) {
        String value = raw.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Outcome failed(String error) {
        return new Outcome(Optional.empty(), Optional.empty(), Optional.of(error));
    }
}
