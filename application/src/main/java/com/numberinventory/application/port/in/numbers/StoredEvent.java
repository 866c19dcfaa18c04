package com.numberinventory.application.port.in.numbers;

import java.util.UUID;

/** A domain event as it was written: its id and its wire envelope as JSON text. */
public record StoredEvent(UUID eventId, String envelopeJson) {
}
