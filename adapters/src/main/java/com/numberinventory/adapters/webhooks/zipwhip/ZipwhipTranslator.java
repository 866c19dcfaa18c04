package com.numberinventory.adapters.webhooks.zipwhip;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.adapters.webhooks.DeliveryTranslator;
import com.numberinventory.adapters.webhooks.Translation;
import com.numberinventory.adapters.webhooks.WebhookCrypto;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Zipwhip 10DLC deliveries. Zipwhip sends no event id, so the dedupe key is a SHA-256 digest of the event path and
 * the raw body. Campaign and per-line messaging state are not modelled yet: deliveries are recorded, deduplicated
 * and acknowledged as ignored with that reason, so nothing is lost and they can be inspected.
 */
@ApplicationScoped
public class ZipwhipTranslator implements DeliveryTranslator {

    @Override
    public ProviderKind kind() {
        return ProviderKind.ZIPWHIP;
    }

    @Override
    public Translation translate(JsonNode body, byte[] rawBody, String path, Map<String, String> headers) {
        String subject = body.hasNonNull("lineNumber") ? body.get("lineNumber").asText()
                : body.path("campaignId").asText(path);
        return new Translation(digest(path, rawBody), path, List.of(new ProviderCommand.Skip(subject,
                "zipwhip " + path + " recorded; campaign and messaging state are not tracked by this version")));
    }

    static String digest(String path, byte[] rawBody) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(rawBody);
            return "sha256:" + WebhookCrypto.hex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
