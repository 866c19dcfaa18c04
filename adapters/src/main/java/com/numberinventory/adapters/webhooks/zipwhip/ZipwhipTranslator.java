package com.numberinventory.adapters.webhooks.zipwhip;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.adapters.webhooks.BadDelivery;
import com.numberinventory.adapters.webhooks.DeliveryTranslator;
import com.numberinventory.adapters.webhooks.WebhookReception;
import com.numberinventory.adapters.webhooks.Translation;
import com.numberinventory.adapters.webhooks.WebhookCrypto;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Zipwhip 10DLC deliveries. Zipwhip sends no event id, so the dedupe key is a SHA-256 digest of the event path and
 * the raw body. Campaign events update the campaign (add 0: active; delete 0: expired, 1: unelected; numberPool
 * 0/1: pool set, 2: pool removed; a campaign/delete also detaches its lines). provision/add 200 attaches the line
 * to the campaign, 41010/42030/500 mark it failed with that code; provision/delete 200 detaches it.
 */
@ApplicationScoped
public class ZipwhipTranslator implements DeliveryTranslator {

    @Override
    public ProviderKind kind() {
        return ProviderKind.ZIPWHIP;
    }

    @Override
    public Translation translate(JsonNode body, byte[] rawBody, String path, Map<String, String> headers) {
        String key = digest(path, rawBody);
        if (path.startsWith("campaign/")) {
            ProviderCommand update = campaign(body, path);
            if (update instanceof ProviderCommand.UpdateCampaign u && path.equals("campaign/delete")) {
                return new Translation(key, path, List.of(update, new ProviderCommand.DetachCampaignLines(
                        u.campaignId(), u.statusCode(), u.description())));
            }
            return new Translation(key, path, List.of(update));
        }
        return new Translation(key, path, List.of(line(body, path)));
    }

    private static ProviderCommand line(JsonNode body, String path) {
        String raw = WebhookReception.text(body, "lineNumber");
        String campaignId = WebhookReception.text(body, "campaignId");
        JsonNode codeNode = body.get("statusCode");
        if (codeNode == null || !codeNode.canConvertToInt()) {
            throw new BadDelivery("field statusCode is required and must be an integer");
        }
        int code = codeNode.asInt();
        Optional<E164> e164 = E164.tryParse(raw);
        if (e164.isEmpty()) {
            return new ProviderCommand.Skip(raw, "lineNumber " + raw + " is not a valid E.164 number");
        }
        ProviderCommand.LineChange change = switch (path + ":" + code) {
            case "provision/add:200" -> ProviderCommand.LineChange.ATTACH;
            case "provision/add:41010", "provision/add:42030", "provision/add:500" -> ProviderCommand.LineChange.FAIL;
            case "provision/delete:200" -> ProviderCommand.LineChange.DETACH;
            default -> null;
        };
        if (change == null) {
            return new ProviderCommand.Skip(raw,
                    "zipwhip " + path + " statusCode " + code + " is not a documented outcome; not applied");
        }
        return new ProviderCommand.ChangeLineMessaging(e164.get(), campaignId, change, code,
                optionalText(body, "description"));
    }

    private static ProviderCommand campaign(JsonNode body, String path) {
        String campaignId = WebhookReception.text(body, "campaignId");
        JsonNode codeNode = body.get("statusCode");
        if (codeNode == null || !codeNode.canConvertToInt()) {
            throw new BadDelivery("field statusCode is required and must be an integer");
        }
        int code = codeNode.asInt();
        ProviderCommand.CampaignChange change = switch (path + ":" + code) {
            case "campaign/add:0" -> ProviderCommand.CampaignChange.ACTIVATED;
            case "campaign/delete:0" -> ProviderCommand.CampaignChange.EXPIRED;
            case "campaign/delete:1" -> ProviderCommand.CampaignChange.UNELECTED;
            case "campaign/numberPool:0", "campaign/numberPool:1" -> ProviderCommand.CampaignChange.POOL_SET;
            case "campaign/numberPool:2" -> ProviderCommand.CampaignChange.POOL_REMOVED;
            default -> null;
        };
        if (change == null) {
            return new ProviderCommand.Skip("campaign " + campaignId,
                    "zipwhip " + path + " statusCode " + code + " is not a documented outcome; not applied");
        }
        List<Integer> mno = new ArrayList<>();
        JsonNode mnoNode = body.get("mnoId");
        if (mnoNode != null && mnoNode.isArray()) {
            mnoNode.forEach(n -> {
                if (n.canConvertToInt()) {
                    mno.add(n.asInt());
                }
            });
        }
        Optional<Instant> eventDate = optionalText(body, "eventDate").flatMap(s -> {
            try {
                return Optional.of(Instant.parse(s));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
        return new ProviderCommand.UpdateCampaign(campaignId, change, optionalText(body, "brandId"), mno,
                optionalText(body, "numberPoolSubId"), code, optionalText(body, "description"), eventDate);
    }

    private static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
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
