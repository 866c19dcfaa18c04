package com.numberinventory.adapters.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.application.port.in.providers.ProviderCredentialQueries;
import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The order every inbound delivery goes through: authenticate (401, nothing applied), check the body (400),
 * then record and apply it in one transaction and answer 2xx only after the commit. Secrets are never logged.
 */
@ApplicationScoped
public class WebhookReception {

    private static final Logger LOG = Logger.getLogger(WebhookReception.class);
    private static final String REQUEST_ID = "X-Request-Id";

    /** Checks a delivery against the provider's accepted credentials, on the raw body bytes, at {@code now}. */
    @FunctionalInterface
    public interface Authenticator {
        boolean authenticate(List<byte[]> credentials, byte[] rawBody, Instant now);
    }

    @Inject
    ProviderCredentialQueries credentials;
    @Inject
    ReceiveProviderDeliveryUseCase receive;
    @Inject
    ObjectMapper mapper;
    @Inject
    Instance<DeliveryTranslator> translators;
    @Inject
    Clock clock;

    /** @param body the request body as received (null when there was none) */
    public Response handle(ProviderKind kind, String rawProviderId, byte[] body, HttpHeaders headers,
                           List<String> keptHeaders, String path, Authenticator authenticator) {
        String requestId = headers.getHeaderString(REQUEST_ID);
        Optional<ProviderId> providerId = Uuids.tryParse(rawProviderId).map(ProviderId::new);
        Optional<List<byte[]>> accepted = providerId.flatMap(id -> credentials.acceptedCredentials(id, kind));
        byte[] raw = body == null ? new byte[0] : body;
        if (accepted.isEmpty() || accepted.get().isEmpty() || !authenticator.authenticate(accepted.get(), raw,
                clock.instant())) {
            LOG.infof("request %s: %s webhook for provider %s refused: authentication failed", requestId,
                    kind.wireName(), rawProviderId);
            return WebhookAnswers.problem(401, "webhooks.unauthenticated",
                    "the delivery's signature or token does not verify", requestId);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : keptHeaders) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                kept.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        Translation translation;
        try {
            JsonNode json = parse(raw);
            translation = translator(kind).translate(json, raw, path, kept);
        } catch (BadDelivery e) {
            return WebhookAnswers.problem(400, "validation.bad_request", e.getMessage(), requestId);
        }
        var outcome = receive.receive(new ReceiveProviderDeliveryUseCase.InboundDelivery(providerId.get(), kind,
                translation.dedupeKey(), translation.eventType(), raw, kept, path, translation.commands()));
        return WebhookAnswers.receipt(outcome, requestId);
    }

    public JsonNode parse(byte[] raw) {
        if (raw.length == 0) {
            throw new BadDelivery("the body is empty; a JSON object is expected");
        }
        try {
            JsonNode json = mapper.readTree(raw);
            if (json == null || !json.isObject()) {
                throw new BadDelivery("the body is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new BadDelivery("the body is not well-formed JSON");
        } catch (java.io.IOException e) {
            throw new BadDelivery("the body cannot be read");
        }
    }

    public DeliveryTranslator translator(ProviderKind kind) {
        for (DeliveryTranslator t : translators) {
            if (t.kind() == kind) {
                return t;
            }
        }
        throw new IllegalStateException("no translator for " + kind);
    }

    /** A required object field of a JSON object, else a 400. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isObject()) {
            throw new BadDelivery("field " + field + " is required and must be an object");
        }
        return v;
    }

    /** A required text field of a JSON object, else a 400. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BadDelivery("field " + field + " is required and must be a string");
        }
        return v.asText();
    }
}
