package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.provider.Provider;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/** A provider as the API shows it. */
@Schema(name = "Provider")
public record ProviderView(
        @Schema(example = "01900000-0000-7000-8000-0000000000a1") String id,
        @Schema(example = "Sautikit Kenya") String name,
        @Schema(example = "sautikit", enumeration = {"sautikit", "telnyx", "zipwhip"}) String kind,
        @Schema(example = "active") String status,
        @Schema(example = "2026-06-27T10:00:00.000Z") String createdAt,
        @Schema(nullable = true, example = "/webhooks/sautikit/01900000-0000-7000-8000-0000000000a1",
                description = "where the provider must send its webhooks; for zipwhip the token appears only in "
                        + "the answer to PUT credentials, elsewhere it reads {token}") String webhookUrl,
        @Schema(example = "true", description = "whether a webhook credential is set (the secret is never shown)")
        boolean credentialsSet,
        @Schema(example = "true", description = "whether an API key for the provider's number API is set (never "
                + "shown)") boolean apiCredentialsSet,
        @Schema(nullable = true, example = "https://api.telnyx.com",
                description = "the provider's own API base URL when it overrides the configured one") String apiBaseUrl) {

    public static ProviderView of(Provider p) {
        return of(p, null, false);
    }

    public static ProviderView of(Provider p, @Schema(nullable = true) String webhookUrl, boolean credentialsSet) {
        return of(p, webhookUrl, credentialsSet, false, null);
    }

    public static ProviderView of(Provider p, String webhookUrl, boolean credentialsSet, boolean apiCredentialsSet,
                                  String apiBaseUrl) {
        return new ProviderView(p.id().toString(), p.name(), p.kind().wireName(),
                p.status().name().toLowerCase(Locale.ROOT), Times.format(p.createdAt()), webhookUrl, credentialsSet,
                apiCredentialsSet, apiBaseUrl);
    }

    /** A page of providers. */
    @Schema(name = "ProviderList")
    public record ListView(List<ProviderView> data, @Schema(nullable = true) String nextCursor) {
    }
}
