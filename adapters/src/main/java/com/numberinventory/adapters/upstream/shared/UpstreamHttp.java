package com.numberinventory.adapters.upstream.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException;
import com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException.Reason;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The one way the provider adapters call out: the JDK {@link HttpClient} with a connect and a read timeout, the
 * account's API key as a bearer token, bounded retries with exponential backoff for calls the caller marks
 * idempotent (never for orders and claims), and a {@link CircuitBreakers circuit breaker} per provider account.
 *
 * <p>The JDK client plus Jackson's tree model rather than a MicroProfile REST client: the base URL is per provider
 * account (read at call time, so a test or a sandbox points one provider at a local server), the providers' answers
 * are read field by field as their docs show them, and every failure must become one of the port's two exceptions
 * with a message that names the call but never the key.
 *
 * <p>Answers: 2xx and 4xx are returned to the adapter, which reads the provider's own error codes; 5xx and 429,
 * refused connections and unreadable answers are {@code provider.unavailable} (502), a timeout is 504, an open
 * circuit 503. 4xx answers count as the provider being up.
 */
@ApplicationScoped
public class UpstreamHttp {

    private static final Logger LOG = Logger.getLogger(UpstreamHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 8 * 1024 * 1024;

    /** The settings, without the framework, so tests build one directly. */
    public record Settings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
                           int failureThreshold, Duration openFor) {
    }

    /** One request: method, path with its query (already encoded), optional JSON body, extra headers. */
    public record Call(String method, String pathAndQuery, Optional<JsonNode> body, boolean idempotent,
                       java.util.Map<String, String> headers) {
        public static Call get(String pathAndQuery) {
            return new Call("GET", pathAndQuery, Optional.empty(), true, java.util.Map.of());
        }

        public static Call post(String path, JsonNode body) {
            return new Call("POST", path, Optional.ofNullable(body), false, java.util.Map.of());
        }

        public static Call delete(String path, boolean idempotent) {
            return new Call("DELETE", path, Optional.empty(), idempotent, java.util.Map.of());
        }

        public Call withHeader(String name, String value) {
            java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Call(method, pathAndQuery, body, idempotent, h);
        }
    }

    /** The provider's answer: status and body (parsed on demand; an unreadable body is a bad gateway). */
    public record Answer(String what, int status, byte[] body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON; {@link MissingNode} when empty. */
        public JsonNode json() {
            if (body.length == 0) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new ProviderUnavailableException(Reason.BAD_GATEWAY, what + " answered HTTP " + status
                        + " with a body that is not JSON");
            }
        }

        /** The body as JSON, {@link MissingNode} when it is empty or not JSON: an error answer need not be JSON. */
        public JsonNode jsonOrMissing() {
            try {
                return json();
            } catch (RuntimeException unreadable) {
                return MissingNode.getInstance();
            }
        }

        /** A 2xx body that lacks what the provider's docs promise. */
        public ProviderUnavailableException unexpected(String missing) {
            return new ProviderUnavailableException(Reason.BAD_GATEWAY, what + " answered HTTP " + status
                    + " without " + missing);
        }
    }

    private final HttpClient client;
    private final Settings settings;
    private final CircuitBreakers breakers;

    @Inject
    public UpstreamHttp(UpstreamConfig config) {
        this(new Settings(config.connectTimeout(), config.readTimeout(), config.retry().maxAttempts(),
                config.retry().initialBackoff(), config.circuitBreaker().failureThreshold(),
                config.circuitBreaker().openFor()), Clock.systemUTC());
    }

    public UpstreamHttp(Settings settings, Clock clock) {
        this.settings = settings;
        this.breakers = new CircuitBreakers(settings.failureThreshold(), settings.openFor(), clock);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** Percent-encodes one query or path value. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends the call to the account's base URL (or {@code defaultBaseUrl}); see the class doc for what comes back.
     *
     * @param what names the call in messages and logs, e.g. {@code "telnyx GET /v2/phone_numbers"}
     */
    public Answer send(ProviderAccount account, String defaultBaseUrl, String what, Call call) {
        String key = account.apiKey().filter(k -> !k.isBlank()).orElseThrow(() -> new DomainException(
                ErrorCode.PROVIDER_API_CREDENTIALS_MISSING, "the provider has no API key: set api_key with "
                + "PUT /v1/providers/" + account.providerId() + "/credentials"));
        String base = account.baseUrl().filter(b -> !b.isBlank()).orElse(defaultBaseUrl).strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        Optional<Instant> openUntil = breakers.refusal(account.providerId());
        if (openUntil.isPresent()) {
            throw new ProviderUnavailableException(Reason.CIRCUIT_OPEN, what + " is paused after repeated "
                    + "failures of this provider; calls resume after " + openUntil.get());
        }
        URI uri;
        try {
            uri = URI.create(base + call.pathAndQuery());
        } catch (IllegalArgumentException e) {
            throw new ProviderUnavailableException(Reason.BAD_GATEWAY, what + ": the provider's base URL is not "
                    + "a valid URL");
        }
        int attempts = call.idempotent() ? Math.max(1, settings.maxAttempts()) : 1;
        ProviderUnavailableException failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 2, 10)));
            }
            try {
                HttpResponse<byte[]> response = client.send(request(uri, key, call), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 500 || status == 429) {
                    failure = new ProviderUnavailableException(Reason.BAD_GATEWAY, what + " answered HTTP " + status);
                    continue;
                }
                byte[] body = response.body() == null ? new byte[0] : response.body();
                if (body.length > MAX_BODY) {
                    failure = new ProviderUnavailableException(Reason.BAD_GATEWAY, what + " answered over "
                            + MAX_BODY + " bytes");
                    continue;
                }
                breakers.succeeded(account.providerId());
                return new Answer(what, status, body);
            } catch (HttpTimeoutException e) {
                failure = new ProviderUnavailableException(Reason.TIMEOUT, what + " did not answer within "
                        + (e instanceof java.net.http.HttpConnectTimeoutException ? settings.connectTimeout()
                        : settings.readTimeout()));
            } catch (IOException e) {
                failure = new ProviderUnavailableException(Reason.BAD_GATEWAY, what + " failed: "
                        + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new ProviderUnavailableException(Reason.BAD_GATEWAY, what + " was interrupted");
                break;
            }
            if (attempt < attempts) {
                LOG.debugf("%s: attempt %d of %d failed (%s); retrying", what, attempt, attempts, failure.getMessage());
            }
        }
        breakers.failed(account.providerId());
        throw failure;
    }

    private HttpRequest request(URI uri, String key, Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json");
        call.headers().forEach(b::header);
        if (call.body().isPresent()) {
            try {
                b.header("Content-Type", "application/json")
                        .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(call.body().get())));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write a JSON tree", e);
            }
        } else {
            b.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A plain JSON mapper for building request bodies (names as the provider spells them). */
    public static ObjectMapper json() {
        return JSON;
    }
}
