package com.numberinventory.adapters.webhooks;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;

import java.util.List;

/** A verified delivery read into the provider's event id, its type and the inventory commands it means. */
public record Translation(String dedupeKey, String eventType, List<ProviderCommand> commands) {
}
