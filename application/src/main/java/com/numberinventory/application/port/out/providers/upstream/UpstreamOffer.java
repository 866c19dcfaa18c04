package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.shared.Money;

import java.util.Optional;

/** A number a provider offers, with its price and capabilities as the provider states them. */
public record UpstreamOffer(E164 e164, Optional<String> upstreamId, Capabilities capabilities,
                            Optional<Money> monthlyPrice, Optional<Money> upfrontPrice, Optional<String> region) {
}
