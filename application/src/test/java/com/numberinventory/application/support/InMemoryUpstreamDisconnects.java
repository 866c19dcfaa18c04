package com.numberinventory.application.support;

import com.numberinventory.application.port.out.numbers.UpstreamDisconnects;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.UpstreamDisconnect;

import java.time.Instant;
import java.util.Optional;

/** Upstream disconnects in a map. */
public final class InMemoryUpstreamDisconnects extends InMemoryRows<NumberId, UpstreamDisconnect>
        implements UpstreamDisconnects {

    @Override
    public void add(UpstreamDisconnect d) {
        insertNew(d.numberId(), d, "duplicate disconnect for " + d.numberId());
    }

    @Override
    public Optional<UpstreamDisconnect> find(NumberId numberId) {
        return row(numberId);
    }

    @Override
    public Optional<UpstreamDisconnect> claimAttempt(NumberId numberId, Instant now) {
        UpstreamDisconnect d = row(numberId).orElse(null);
        if (d == null || d.status() == UpstreamDisconnect.Status.DONE) {
            return Optional.empty();
        }
        UpstreamDisconnect claimed = new UpstreamDisconnect(d.numberId(), d.providerId(), d.e164(), d.upstreamId(),
                UpstreamDisconnect.Status.PENDING, d.providerCode(), d.detail(), d.attempts() + 1, d.createdAt(), now);
        put(numberId, claimed);
        return Optional.of(claimed);
    }

    @Override
    public int confirmPending(com.numberinventory.domain.number.E164 e164, Instant now) {
        int n = 0;
        for (UpstreamDisconnect d : rows().toList()) {
            if (d.e164().equals(e164) && d.status() == UpstreamDisconnect.Status.PENDING) {
                record(d.numberId(), UpstreamDisconnect.Status.DONE, Optional.empty(),
                        Optional.of("confirmed by the provider's webhook"), now);
                n++;
            }
        }
        return n;
    }

    @Override
    public void record(NumberId numberId, UpstreamDisconnect.Status status, Optional<String> providerCode,
                       Optional<String> detail, Instant now) {
        UpstreamDisconnect d = row(numberId).orElseThrow();
        put(numberId, new UpstreamDisconnect(d.numberId(), d.providerId(), d.e164(), d.upstreamId(), status,
                providerCode, detail, d.attempts(), d.createdAt(), now));
    }
}
