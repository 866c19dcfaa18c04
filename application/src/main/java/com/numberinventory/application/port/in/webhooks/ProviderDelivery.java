package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.application.port.in.numbers.ActorRef;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One inbound provider webhook delivery as recorded: raw body, the headers we used, and its outcome. */
public record ProviderDelivery(UUID id, ProviderId providerId, ProviderKind kind, String dedupeKey, String eventType,
                               byte[] rawBody, Map<String, String> headers, String path, Status status,
                               String reason, List<CommandResult> results, int duplicateCount, int attempts,
                               Instant receivedAt, Instant processedAt, ActorRef actor) {

    /**
     * A delivery as it is about to be recorded; its {@code actor} (who caused its outcome: the provider when
     * received, an operator's API key when replayed) is taken by the log from the unit of work that writes it.
     */
    public ProviderDelivery(UUID id, ProviderId providerId, ProviderKind kind, String dedupeKey, String eventType,
                            byte[] rawBody, Map<String, String> headers, String path, Status status, String reason,
                            List<CommandResult> results, int duplicateCount, int attempts, Instant receivedAt,
                            Instant processedAt) {
        this(id, providerId, kind, dedupeKey, eventType, rawBody, headers, path, status, reason, results,
                duplicateCount, attempts, receivedAt, processedAt, null);
    }

    /** Where a delivery stands. */
    public enum Status {
        RECEIVED, APPLIED, IGNORED, FAILED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<Status> fromWire(String raw) {
            for (Status s : values()) {
                if (s.wireName().equals(raw)) {
                    return java.util.Optional.of(s);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** What became of one command of a delivery. */
    public enum CommandOutcome {
        APPLIED, IGNORED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static CommandOutcome fromWire(String raw) {
            return "applied".equals(raw) ? APPLIED : IGNORED;
        }
    }

    /** What one command of a delivery did: {@code subject} is usually an E.164. */
    public record CommandResult(String subject, CommandOutcome outcome, String detail) {

        public static CommandResult applied(String subject, String detail) {
            return new CommandResult(subject, CommandOutcome.APPLIED, detail);
        }

        public static CommandResult ignored(String subject, String reason) {
            return new CommandResult(subject, CommandOutcome.IGNORED, reason);
        }
    }

    public ProviderDelivery {
        results = results == null ? List.of() : List.copyOf(results);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
