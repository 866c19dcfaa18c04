package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;

import java.util.Objects;
import java.util.Optional;

/** An inventory command a provider delivery translates into; the service decides how it applies. */
public sealed interface ProviderCommand {

    /** A short name of what the command is about, for the delivery's result (usually the E.164). */
    String subject();

    /** How the series of an acquired number is chosen. */
    sealed interface SeriesChoice {
        /** The provider's series whose external_ref is {@code ref}; created inactive and unpriced on first sight. */
        record ByExternalRef(String ref) implements SeriesChoice {
            public ByExternalRef {
                Objects.requireNonNull(ref, "ref");
            }
        }

        /**
         * The provider's series whose id or external_ref equals {@code reference}; else the provider's auto-created
         * series for the number's country.
         */
        record ByReference(Optional<String> reference) implements SeriesChoice {
        }
    }

    /** The provider reports the number as ours: it enters the inventory (pending while checks are open). */
    record AcquireNumber(E164 e164, Optional<Capabilities> capabilities, boolean pending, SeriesChoice series)
            implements ProviderCommand {
        @Override
        public String subject() {
            return e164.value();
        }
    }

    /** The provider took the number back: an open rental ends with provider_released, then the number retires. */
    record ReleaseAndRetire(E164 e164, String note) implements ProviderCommand {
        @Override
        public String subject() {
            return e164.value();
        }
    }

    /** What a campaign webhook reports; fields left empty keep their stored value. */
    enum CampaignChange { ACTIVATED, EXPIRED, UNELECTED, POOL_SET, POOL_REMOVED }

    /** A Zipwhip campaign event: the campaign is created or updated. */
    record UpdateCampaign(String campaignId, CampaignChange change, Optional<String> brandId,
                          java.util.List<Integer> mnoIds, Optional<String> numberPoolSubId, int statusCode,
                          Optional<String> description, Optional<java.time.Instant> eventDate)
            implements ProviderCommand {
        @Override
        public String subject() {
            return "campaign " + campaignId;
        }
    }

    /** What a line provisioning result does to a number's messaging state. */
    enum LineChange { ATTACH, FAIL, DETACH }

    /** A Zipwhip provisioning result for one line. */
    record ChangeLineMessaging(E164 e164, String campaignId, LineChange change, int statusCode,
                               Optional<String> description) implements ProviderCommand {
        @Override
        public String subject() {
            return e164.value();
        }
    }

    /** A campaign ended: every line on it is detached. */
    record DetachCampaignLines(String campaignId, int statusCode, Optional<String> description)
            implements ProviderCommand {
        @Override
        public String subject() {
            return "lines of campaign " + campaignId;
        }
    }

    /** Nothing to apply; recorded as ignored with the reason. */
    record Skip(String subject, String reason) implements ProviderCommand {
    }
}
